import { getDb } from '@/db/client';
import { getCachedProduct } from '@/lib/catalog/cached-catalog';
import { enforcePublicApiRateLimit, rateLimitHeaders } from '@/lib/catalog/public-api-rate-limit';
import { isCatalogSlug } from '@/lib/catalog/slug';
import { notFound } from '@/lib/errors';
import { apiRoute } from '@/lib/http/api-route';

export const GET = apiRoute<{ slug: string }>(async ({ req, params }) => {
  const limit = await enforcePublicApiRateLimit(getDb(), { headers: req.headers });
  const product = isCatalogSlug(params.slug) ? await getCachedProduct(params.slug) : null;
  if (!product) throw notFound('No encontramos ese producto.');
  return Response.json(product, { headers: rateLimitHeaders(limit) });
});
