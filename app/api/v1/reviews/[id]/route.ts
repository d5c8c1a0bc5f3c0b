import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/guards';
import { apiRoute } from '@/lib/http/api-route';
import { deleteReview } from '@/lib/reviews/delete-review';
import { withReviewRateLimit } from '@/lib/reviews/enforce-review-rate-limit';
import { updateReview } from '@/lib/reviews/update-review';
import { revalidateCatalogTags } from '@/lib/catalog/door-tags';

/** The author only: someone else's review is 404 (the service matches on id and author together). */
export const PATCH = apiRoute<{ id: string }>(async ({ params, readJson, log }) => {
  const user = await requireUser();
  const input = await readJson();
  const review = await withReviewRateLimit(user.id, () =>
    updateReview(getDb(), { userId: user.id, reviewId: params.id, input }),
  );
  revalidateCatalogTags({ productIds: [review.productId] });
  log.info({ reviewId: review.id, userId: user.id, rating: review.rating }, 'review.updated');
  return Response.json(review);
});

export const DELETE = apiRoute<{ id: string }>(async ({ params, log }) => {
  const user = await requireUser();
  const { productId } = await deleteReview(getDb(), { userId: user.id, reviewId: params.id });
  revalidateCatalogTags({ productIds: [productId] });
  log.info({ reviewId: params.id, productId, userId: user.id }, 'review.deleted');
  return new Response(null, { status: 204 });
});
