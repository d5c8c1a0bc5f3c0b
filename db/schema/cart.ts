import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { productVariants } from './catalog';
import { users } from './users';

/**
 * A cart belongs to a user or to a guest (identified by the SHA-256 of an HTTP-only cookie token,
 * so a database leak does not hand out live cart cookies). One cart per user.
 */
export const carts = pgTable(
  'carts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    guestTokenHash: text('guest_token_hash'),
    lastActivityAt: timestamp('last_activity_at', { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('carts_user_key')
      .on(t.userId)
      .where(sql`${t.userId} IS NOT NULL`),
    uniqueIndex('carts_guest_token_key')
      .on(t.guestTokenHash)
      .where(sql`${t.guestTokenHash} IS NOT NULL`),
    index('carts_last_activity_idx').on(t.lastActivityAt),
    check('carts_has_owner', sql`${t.userId} IS NOT NULL OR ${t.guestTokenHash} IS NOT NULL`),
  ],
);

export const cartItems = pgTable(
  'cart_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cartId: uuid('cart_id')
      .notNull()
      .references(() => carts.id, { onDelete: 'cascade' }),
    variantId: uuid('variant_id')
      .notNull()
      .references(() => productVariants.id),
    quantity: integer('quantity').notNull(),
    // The unit price the shopper saw when adding, so the cart can flag PRICE-CHANGED. Never used to charge.
    seenUnitPriceCents: integer('seen_unit_price_cents').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('cart_items_cart_variant_key').on(t.cartId, t.variantId),
    index('cart_items_variant_idx').on(t.variantId),
    check('cart_items_quantity_positive', sql`${t.quantity} > 0`),
  ],
);
