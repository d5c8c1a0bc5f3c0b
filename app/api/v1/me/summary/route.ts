import { getDb } from '@/db/client';
import { apiRoute } from '@/lib/http/api-route';
import { readRequestMeSummary } from '@/lib/me/read-request-me-summary';

/**
 * What the page islands need in one call (header, hearts, VIP prices): the catalogue pages are the
 * same cached HTML for everyone, and this is the only personal request they make. Never cached.
 */
export const GET = apiRoute(async () =>
  Response.json(await readRequestMeSummary(getDb()), { headers: { 'Cache-Control': 'private, no-store' } }),
);
