import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { reviews } from '@/db/schema';
import { invalidateCatalog } from '@/lib/catalog/cache-tags';
import { isUuid, parseInput } from '@/lib/validation';
import { getOwnReviewById } from './get-own-review';
import { lockProductForReviews, refreshProductRating } from './product-rating';
import { reviewNotFound } from './review-errors';
import { reviewInputSchema } from './review-schemas';
import type { OwnReview } from './review-view';

// PATCH may send any subset; the merged review must still pass the full rules (rating, title or comment).
const patchShape = z
  .object({ rating: z.unknown().optional(), title: z.unknown().optional(), comment: z.unknown().optional() })
  .strip();

/** The author edits their review (others get 404). Visibility and the shop's answer are kept. */
export async function updateReview(
  db: Db,
  args: { userId: string; reviewId: string; input: unknown },
): Promise<OwnReview> {
  const patch = parseInput(patchShape, args.input ?? {});
  if (!isUuid(args.reviewId)) throw reviewNotFound();
  const own = and(eq(reviews.id, args.reviewId), eq(reviews.userId, args.userId));
  await db.transaction(async (tx) => {
    const [current] = await tx
      .select({ productId: reviews.productId, rating: reviews.rating, title: reviews.title, comment: reviews.comment })
      .from(reviews)
      .where(own);
    if (!current) throw reviewNotFound();
    const input = parseInput(reviewInputSchema, {
      rating: patch.rating ?? current.rating,
      title: patch.title ?? current.title,
      comment: patch.comment ?? current.comment,
    });
    await lockProductForReviews(tx, { productId: current.productId, listedOnly: false });
    const [updated] = await tx
      .update(reviews)
      .set({ rating: input.rating, title: input.title, comment: input.comment, updatedAt: sql`now()` })
      .where(own)
      .returning({ id: reviews.id });
    if (!updated) throw reviewNotFound(); // deleted by its author in the meantime
    await refreshProductRating(tx, current.productId);
    await invalidateCatalog({ productIds: [current.productId] }, { db: tx });
  });
  const review = await getOwnReviewById(db, { userId: args.userId, reviewId: args.reviewId });
  if (!review) throw reviewNotFound();
  return review;
}
