import type { Db } from '@/db/client';
import { reviews } from '@/db/schema';
import { invalidateCatalog } from '@/lib/catalog/cache-tags';
import { PG, pgErrorCode } from '@/lib/db/pg-error';
import { isUuid, parseInput } from '@/lib/validation';
import { notFound } from '@/lib/errors';
import { getOwnReviewById } from './get-own-review';
import { lockProductForReviews, refreshProductRating } from './product-rating';
import { reviewExists } from './review-errors';
import { reviewInputSchema } from './review-schemas';
import type { OwnReview } from './review-view';

/**
 * Publishes the shopper's review of a listed product (reviews are visible at once; staff can hide
 * them) and refreshes the product's rating in the same transaction. A second review by the same
 * shopper is 409 REVIEW-EXISTS: the unique key decides, so two simultaneous first posts leave one row.
 */
export async function createReview(
  db: Db,
  args: { userId: string; productId: string; input: unknown },
): Promise<OwnReview> {
  const input = parseInput(reviewInputSchema, args.input);
  if (!isUuid(args.productId)) throw notFound('No encontramos ese producto.');
  let reviewId: string;
  try {
    reviewId = await db.transaction(async (tx) => {
      await lockProductForReviews(tx, { productId: args.productId, listedOnly: true });
      const [row] = await tx
        .insert(reviews)
        .values({
          userId: args.userId,
          productId: args.productId,
          rating: input.rating,
          title: input.title,
          comment: input.comment,
        })
        .onConflictDoNothing({ target: [reviews.userId, reviews.productId] })
        .returning({ id: reviews.id });
      if (!row) throw reviewExists();
      await refreshProductRating(tx, args.productId);
      // Sent on commit, so cards and the "rating" sort never show a rating that was rolled back.
      await invalidateCatalog({ productIds: [args.productId] }, { db: tx });
      return row.id;
    });
  } catch (error) {
    // Belt and braces: the product lock already serialises writers, but the unique key is the rule.
    if (pgErrorCode(error) === PG.uniqueViolation) throw reviewExists();
    throw error;
  }
  const created = await getOwnReviewById(db, { userId: args.userId, reviewId });
  if (!created) throw new Error('review vanished right after insert');
  return created;
}
