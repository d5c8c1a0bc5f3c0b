import { getDb } from '@/db/client';
import { getCachedCategories } from '@/lib/catalog/cached-catalog';
import { enforcePublicApiRateLimit, rateLimitHeaders } from '@/lib/catalog/public-api-rate-limit';
import { apiRoute } from '@/lib/http/api-route';

export const GET = apiRoute(async ({ req }) => {
  const limit = await enforcePublicApiRateLimit(getDb(), { headers: req.headers });
  return Response.json({ items: await getCachedCategories() }, { headers: rateLimitHeaders(limit) });
});
