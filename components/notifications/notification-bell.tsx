import { getDb } from '@/db/client';
import { getCurrentUser, type CurrentUser } from '@/lib/auth/guards';
import { countUnreadNotifications } from '@/lib/notifications/list-notifications';
import { NotificationBellLink } from './notification-bell-link';

/**
 * The header bell: a link to "Notificaciones" with the unread count. Renders nothing for guests.
 * Pass the `user` the header already loaded to save a query; otherwise it reads the session itself.
 */
export async function NotificationBell({ user }: { user?: CurrentUser | null }) {
  const viewer = user === undefined ? await getCurrentUser() : user;
  if (!viewer) return null;
  const unread = await countUnreadNotifications(getDb(), { userId: viewer.id });
  return <NotificationBellLink initialUnread={unread} />;
}
