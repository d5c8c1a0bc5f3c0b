import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/guards';
import { apiRoute } from '@/lib/http/api-route';
import { countUnreadNotifications } from '@/lib/notifications/list-notifications';
import { markNotificationsRead } from '@/lib/notifications/mark-notifications-read';

/** `{ ids? }`: marks those of the user's notifications read, or all of them when `ids` is absent. */
export const POST = apiRoute(async ({ readJson }) => {
  const user = await requireUser();
  const { updated } = await markNotificationsRead(getDb(), { userId: user.id, input: await readJson() });
  return Response.json({ updated, unreadCount: await countUnreadNotifications(getDb(), { userId: user.id }) });
});
