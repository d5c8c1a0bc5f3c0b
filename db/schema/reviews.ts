import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { products } from './catalog';
import { users } from './users';

/** Length limits shared by the table's CHECKs and the zod schemas (lib/reviews/review-schemas.ts). */
export const REVIEW_LIMITS = { title: 120, comment: 2000, adminResponse: 1000 } as const;

/**
 * One review per shopper and product (#28). Text is plain: stored as typed (trimmed) and always
 * rendered as text, never as HTML. `isVisible` is moderation: hidden reviews leave the public list and
 * the product's denormalised `rating_average`/`rating_count`, which lib/reviews recomputes in the same
 * transaction under the product's row lock. "Compra verificada" is not stored: it is derived from the
 * author's delivered orders whenever reviews are read, so a delivery after the review still counts.
 */
export const reviews = pgTable(
  'reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    rating: integer('rating').notNull(),
    title: text('title').notNull().default(''),
    comment: text('comment').notNull().default(''),
    isVisible: boolean('is_visible').notNull().default(true),
    adminResponse: text('admin_response'),
    adminRespondedAt: timestamp('admin_responded_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('reviews_user_product_key').on(t.userId, t.productId),
    // The public list (newest / highest / lowest) and the histogram read visible reviews of one product.
    index('reviews_product_visible_created_idx')
      .on(t.productId, t.createdAt)
      .where(sql`${t.isVisible}`),
    index('reviews_product_visible_rating_idx')
      .on(t.productId, t.rating, t.createdAt)
      .where(sql`${t.isVisible}`),
    // The moderation queue lists everything newest first.
    index('reviews_created_idx').on(t.createdAt),
    check('reviews_rating_range', sql`${t.rating} BETWEEN 1 AND 5`),
    check('reviews_has_text', sql`btrim(${t.title}) <> '' OR btrim(${t.comment}) <> ''`),
    check(
      'reviews_text_length',
      sql`char_length(${t.title}) <= ${sql.raw(String(REVIEW_LIMITS.title))} AND char_length(${t.comment}) <= ${sql.raw(String(REVIEW_LIMITS.comment))} AND (${t.adminResponse} IS NULL OR char_length(${t.adminResponse}) <= ${sql.raw(String(REVIEW_LIMITS.adminResponse))})`,
    ),
  ],
);
