import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { products } from './catalog';
import { users } from './users';

/**
 * A shopper's saved products (#30). `priceCentsWhenAdded` is the product's lowest regular variant
 * price at the moment it was saved: "Bajó de precio" compares today's lowest regular price with it
 * (regular, not VIP, so a membership starting or ending never fakes a price drop). Rows of products
 * that are later deactivated or deleted stay here but are not listed, so a restored product returns.
 */
export const wishlistItems = pgTable(
  'wishlist_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    priceCentsWhenAdded: integer('price_cents_when_added').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('wishlist_items_user_product_key').on(t.userId, t.productId),
    index('wishlist_items_user_created_idx').on(t.userId, t.createdAt),
    check('wishlist_items_price_positive', sql`${t.priceCentsWhenAdded} > 0`),
  ],
);
