import { z } from 'zod';
import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/guards';
import { apiRoute } from '@/lib/http/api-route';
import { listNotifications } from '@/lib/notifications/list-notifications';
import { parseInput } from '@/lib/validation';

const querySchema = z.object({
  page: z.coerce.number().int().min(1, { error: 'page debe ser 1 o más.' }).default(1),
  pageSize: z.coerce.number().int().min(1).max(100, { error: 'pageSize va de 1 a 100.' }).default(20),
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
