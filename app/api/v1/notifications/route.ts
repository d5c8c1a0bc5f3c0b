import { z } from 'zod';
import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/guards';
import { apiRoute } from '@/lib/http/api-route';
import { listNotifications } from '@/lib/notifications/list-notifications';
import { parseInput } from '@/lib/validation';
import { queryInt } from '@/lib/validation/primitives';

const querySchema = z.object({
  page: queryInt({ min: 1, max: 10_000, message: 'page va de 1 a 10000.' }).default(1),
  pageSize: queryInt({ min: 1, max: 100, message: 'pageSize va de 1 a 100.' }).default(20),
});

/** The signed-in user's own notifications, newest first, with the unread count the bell shows. */
export const GET = apiRoute(async ({ req }) => {
  const user = await requireUser();
  const query = parseInput(querySchema, Object.fromEntries(req.nextUrl.searchParams));
  const page = await listNotifications(getDb(), { userId: user.id, ...query });
  return Response.json({
    ...page,
    items: page.items.map((n) => ({
      ...n,
      readAt: n.readAt?.toISOString() ?? null,
      createdAt: n.createdAt.toISOString(),
    })),
  });
});
