import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/guards';
import { enforcePublicApiRateLimit, rateLimitHeaders } from '@/lib/catalog/public-api-rate-limit';
import { apiRoute } from '@/lib/http/api-route';
import { createReview } from '@/lib/reviews/create-review';
import { withReviewRateLimit } from '@/lib/reviews/enforce-review-rate-limit';
import { findListedProductBySlug } from '@/lib/reviews/find-review-product';
import { listProductReviews } from '@/lib/reviews/list-product-reviews';
import { revalidateCatalogTags } from '@/lib/catalog/door-tags';

/** Visible reviews only, with the average and the histogram. Public, limited per IP like the catalogue. */
export const GET = apiRoute<{ slug: string }>(async ({ req, params }) => {
  const limit = await enforcePublicApiRateLimit(getDb(), { headers: req.headers });
  const product = await findListedProductBySlug(getDb(), params.slug);
  const page = await listProductReviews(getDb(), {
    productId: product.id,
    query: Object.fromEntries(req.nextUrl.searchParams),
  });
  return Response.json(page, { headers: rateLimitHeaders(limit) });
});

/** The signed-in shopper's review; "Compra verificada" is worked out by the server, never read from the body. */
export const POST = apiRoute<{ slug: string }>(async ({ params, readJson, log }) => {
  const user = await requireUser();
  const product = await findListedProductBySlug(getDb(), params.slug);
  const input = await readJson();
  const review = await withReviewRateLimit(user.id, () =>
    createReview(getDb(), { userId: user.id, productId: product.id, input }),
  );
  revalidateCatalogTags({ productIds: [product.id] });
  log.info({ reviewId: review.id, productId: product.id, userId: user.id, rating: review.rating }, 'review.created');
  return Response.json(review, { status: 201 });
});
