import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { reviews } from '@/db/schema';
import { invalidateCatalog } from '@/lib/catalog/cache-tags';
import { isUuid } from '@/lib/validation';
import { lockProductForReviews, refreshProductRating } from './product-rating';
import { reviewNotFound } from './review-errors';

/** The author deletes their review (others get 404); the product's rating is recounted. */
export async function deleteReview(db: Db, args: { userId: string; reviewId: string }): Promise<{ productId: string }> {
  if (!isUuid(args.reviewId)) throw reviewNotFound();
  const own = and(eq(reviews.id, args.reviewId), eq(reviews.userId, args.userId));
  return db.transaction(async (tx) => {
    const [current] = await tx.select({ productId: reviews.productId }).from(reviews).where(own);
    if (!current) throw reviewNotFound();
    await lockProductForReviews(tx, { productId: current.productId, listedOnly: false });
    const deleted = await tx.delete(reviews).where(own).returning({ id: reviews.id });
    if (deleted.length === 0) throw reviewNotFound();
    await refreshProductRating(tx, current.productId);
    await invalidateCatalog({ productIds: [current.productId] }, { db: tx });
    return { productId: current.productId };
  });
}
