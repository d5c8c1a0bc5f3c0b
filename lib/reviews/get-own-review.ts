import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { reviews, users } from '@/db/schema';
import { reviewRowFields } from './review-row';
import { toOwnReview, type OwnReview } from './review-view';

/** The shopper's own review of a product, hidden or not; null when they have not written one. */
export async function getOwnReview(db: Db, args: { userId: string; productId: string }): Promise<OwnReview | null> {
  const [row] = await db
    .select(reviewRowFields)
    .from(reviews)
    .innerJoin(users, eq(users.id, reviews.userId))
    .where(and(eq(reviews.userId, args.userId), eq(reviews.productId, args.productId)))
    .limit(1);
  return row ? toOwnReview(row) : null;
}

export async function getOwnReviewById(db: Db, args: { userId: string; reviewId: string }): Promise<OwnReview | null> {
  const [row] = await db
    .select(reviewRowFields)
    .from(reviews)
    .innerJoin(users, eq(users.id, reviews.userId))
    .where(and(eq(reviews.id, args.reviewId), eq(reviews.userId, args.userId)))
    .limit(1);
  return row ? toOwnReview(row) : null;
}
