import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/guards';
import { apiRoute } from '@/lib/http/api-route';
import { findListedProductBySlug } from '@/lib/reviews/find-review-product';
import { getOwnReview } from '@/lib/reviews/get-own-review';

/** The signed-in shopper's own review of the product (`null` when none): the product page's island. */
export const GET = apiRoute<{ slug: string }>(async ({ params }) => {
  const user = await requireUser();
  const product = await findListedProductBySlug(getDb(), params.slug);
  const review = await getOwnReview(getDb(), { userId: user.id, productId: product.id });
  return Response.json({ review }, { headers: { 'Cache-Control': 'private, no-store' } });
});
