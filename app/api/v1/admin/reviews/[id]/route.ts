import { getDb } from '@/db/client';
import { requireRole } from '@/lib/auth/guards';
import { apiRoute } from '@/lib/http/api-route';
import { moderateReview } from '@/lib/reviews/moderate-review';
import { revalidateCatalogTags } from '@/lib/catalog/door-tags';

/** `{ isVisible?, adminResponse? }`: hide or show, and the shop's public answer ('' or null removes it). Audited. */
export const PATCH = apiRoute<{ id: string }>(async ({ params, readJson, requestId, log }) => {
  const staff = await requireRole('ADMIN', 'STAFF');
  const result = await moderateReview(getDb(), {
    reviewId: params.id,
    actor: { id: staff.id, requestId },
    input: await readJson(),
  });
  log.info(
    { reviewId: result.id, productId: result.productId, isVisible: result.isVisible, actorId: staff.id },
    'review.moderated',
  );
  revalidateCatalogTags({ productIds: [result.productId] });
  return Response.json(result);
});
