import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { categories, products } from './catalog';

/*
 * Slugs a product or category used to have, so old links answer a permanent redirect to the current
 * URL (lib/seo/find-slug-redirect.ts). Rows are written only by the `*_slug_history` triggers of
 * migration slug_history_triggers, on any UPDATE of the slug, whoever makes it. One old slug points
 * to one owner: the latest rename that freed it wins, and a live product or category with that slug
 * always wins over history (the lookup runs only when nothing answers the slug).
 */
export const productSlugHistory = pgTable(
  'product_slug_history',
  {
    slug: text('slug').primaryKey(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    retiredAt: timestamp('retired_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('product_slug_history_product_idx').on(t.productId)],
);

export const categorySlugHistory = pgTable(
  'category_slug_history',
  {
    slug: text('slug').primaryKey(),
    categoryId: uuid('category_id')
      .notNull()
      .references(() => categories.id, { onDelete: 'cascade' }),
    retiredAt: timestamp('retired_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('category_slug_history_category_idx').on(t.categoryId)],
);
