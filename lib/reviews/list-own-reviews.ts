import { count, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { products, reviews, users } from '@/db/schema';
import { parseInput } from '@/lib/validation';
import { queryInt } from '@/lib/validation/primitives';
import { reviewRowFields } from './review-row';
import { toOwnReview } from './review-view';

// Strict digits and a bounded page (lib/validation/primitives.ts): `z.coerce` took `0x10`, `1e1` and
// any page, so the answer fell outside the OpenAPI document (fuzz suite, issue #21).
export const ownReviewsQuerySchema = z.object({
  page: queryInt({ min: 1, max: 10_000, message: 'La página va de 1 a 10000.' }).default(1),
  pageSize: queryInt({ min: 1, max: 50, message: 'Máximo 50 por página.' }).default(10),
});

/**
 * "Mis reseñas": the shopper's own reviews across products, newest first, hidden ones included (with
 * `isVisible` false, i.e. hidden by moderation), each with the product's name and slug.
 */
export async function listOwnReviews(db: Db, args: { userId: string; query: unknown }) {
  const { page, pageSize } = parseInput(ownReviewsQuerySchema, args.query);
  const [rows, [total]] = await Promise.all([
    db
      .select({ ...reviewRowFields, productName: products.name, productSlug: products.slug })
      .from(reviews)
      .innerJoin(users, eq(users.id, reviews.userId))
      .innerJoin(products, eq(products.id, reviews.productId))
      .where(eq(reviews.userId, args.userId))
      .orderBy(desc(reviews.createdAt), desc(reviews.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(reviews).where(eq(reviews.userId, args.userId)),
  ]);
  return {
    items: rows.map(({ productName, productSlug, ...row }) => ({ ...toOwnReview(row), productName, productSlug })),
    page,
    pageSize,
    total: total?.n ?? 0,
  };
}
