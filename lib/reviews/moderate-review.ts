import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { reviews } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { invalidateCatalog } from '@/lib/catalog/cache-tags';
import { isUuid, parseInput } from '@/lib/validation';
import { lockProductForReviews, refreshProductRating } from './product-rating';
import { reviewNotFound } from './review-errors';
import { moderateReviewSchema } from './review-schemas';

export type ModerationResult = {
  id: string;
  productId: string;
  isVisible: boolean;
  adminResponse: string | null;
  adminRespondedAt: string | null;
  rating: { average: number; count: number } | null;
};

/**
 * Staff hide or show a review and write (or remove, with '' or null) the shop's public answer. Audited
 * with before and after. Hiding or showing recounts the product's rating under its row lock, like
 * every other review write, so a moderator and a shopper writing at once cannot leave it stale.
 */
export async function moderateReview(
  db: Db,
  args: { reviewId: string; actor: { id: string; requestId?: string | null }; input: unknown },
): Promise<ModerationResult> {
  const input = parseInput(moderateReviewSchema, args.input);
  if (!isUuid(args.reviewId)) throw reviewNotFound();
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({ productId: reviews.productId })
      .from(reviews)
      .where(eq(reviews.id, args.reviewId));
    if (!found) throw reviewNotFound();
    await lockProductForReviews(tx, { productId: found.productId, listedOnly: false });
    const [before] = await tx
      .select({
        isVisible: reviews.isVisible,
        adminResponse: reviews.adminResponse,
        adminRespondedAt: reviews.adminRespondedAt,
      })
      .from(reviews)
      .where(eq(reviews.id, args.reviewId));
    if (!before) throw reviewNotFound();

    const response = input.adminResponse === undefined ? undefined : input.adminResponse || null;
    const responseChanged = response !== undefined && response !== before.adminResponse;
    const visibilityChanged = input.isVisible !== undefined && input.isVisible !== before.isVisible;
    const unchanged = {
      id: args.reviewId,
      productId: found.productId,
      isVisible: before.isVisible,
      adminResponse: before.adminResponse,
      adminRespondedAt: before.adminRespondedAt?.toISOString() ?? null,
      rating: null,
    };
    // A repeated click (hide what is hidden) is a no-op: nothing to write, audit or invalidate.
    if (!visibilityChanged && !responseChanged) return unchanged;

    const [after] = await tx
      .update(reviews)
      .set({
        ...(visibilityChanged ? { isVisible: input.isVisible } : {}),
        ...(responseChanged
          ? { adminResponse: response, adminRespondedAt: response === null ? null : sql`now()` }
          : {}),
      })
      .where(eq(reviews.id, args.reviewId))
      .returning({
        isVisible: reviews.isVisible,
        adminResponse: reviews.adminResponse,
        adminRespondedAt: reviews.adminRespondedAt,
      });
    if (!after) throw reviewNotFound();

    const rating = visibilityChanged ? await refreshProductRating(tx, found.productId) : null;
    await recordAudit(tx, {
      actorId: args.actor.id,
      action: visibilityChanged ? (after.isVisible ? 'review.shown' : 'review.hidden') : 'review.responded',
      entityType: 'review',
      entityId: args.reviewId,
      before: { isVisible: before.isVisible, adminResponse: before.adminResponse },
      after: { isVisible: after.isVisible, adminResponse: after.adminResponse },
      requestId: args.actor.requestId ?? null,
    });
    if (visibilityChanged) await invalidateCatalog({ productIds: [found.productId] }, { db: tx });
    return {
      id: args.reviewId,
      productId: found.productId,
      isVisible: after.isVisible,
      adminResponse: after.adminResponse,
      adminRespondedAt: after.adminRespondedAt?.toISOString() ?? null,
      rating,
    };
  });
}
