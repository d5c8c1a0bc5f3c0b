import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/guards';
import { apiRoute } from '@/lib/http/api-route';
import { listOwnReviews } from '@/lib/reviews/list-own-reviews';

/** The shopper's own reviews, paginated (`page`, `pageSize` ≤ 50), with product name, slug and visibility. */
export const GET = apiRoute(async ({ req }) => {
  const user = await requireUser();
  const query = Object.fromEntries(req.nextUrl.searchParams);
  return Response.json(await listOwnReviews(getDb(), { userId: user.id, query }), {
    headers: { 'Cache-Control': 'private, no-store' },
  });
});
