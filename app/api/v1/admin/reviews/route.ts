import { getDb } from '@/db/client';
import { requireRole } from '@/lib/auth/guards';
import { apiRoute } from '@/lib/http/api-route';
import { listReviewsForModeration } from '@/lib/reviews/list-reviews-for-moderation';

/** Moderation queue: every review, hidden ones too. Query: visibility, rating, product, page, pageSize. */
export const GET = apiRoute(async ({ req }) => {
  await requireRole('ADMIN', 'STAFF');
  const { query: _query, ...page } = await listReviewsForModeration(getDb(), {
    query: Object.fromEntries(req.nextUrl.searchParams),
  });
  return Response.json(page);
});
