import { getDb } from '@/db/client';
import { getCachedProductList } from '@/lib/catalog/cached-catalog';
import { parseProductListApiQuery } from '@/lib/catalog/list-params';
import { enforcePublicApiRateLimit, rateLimitHeaders } from '@/lib/catalog/public-api-rate-limit';
import { apiRoute } from '@/lib/http/api-route';

export const GET = apiRoute(async ({ req }) => {
  const limit = await enforcePublicApiRateLimit(getDb(), { headers: req.headers });
  const query = parseProductListApiQuery(req.nextUrl.searchParams);
  return Response.json(await getCachedProductList(query), { headers: rateLimitHeaders(limit) });
});
