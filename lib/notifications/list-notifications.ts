import { and, count, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { notifications } from '@/db/schema';

export type NotificationView = {
  id: string;
  kind: (typeof notifications.$inferSelect)['kind'];
  title: string;
  body: string;
  href: string | null;
  readAt: Date | null;
  createdAt: Date;
};

export type NotificationPage = {
  items: NotificationView[];
  page: number;
  pageSize: number;
  total: number;
  unreadCount: number;
};

/** The user's notifications, newest first. Always filtered by owner: there is no other way in. */
export async function listNotifications(
  db: Db,
  args: { userId: string; page: number; pageSize: number },
): Promise<NotificationPage> {
  const mine = eq(notifications.userId, args.userId);
  const [items, [total], unreadCount] = await Promise.all([
    db
      .select({
        id: notifications.id,
        kind: notifications.kind,
        title: notifications.title,
        body: notifications.body,
        href: notifications.href,
        readAt: notifications.readAt,
        createdAt: notifications.createdAt,
      })
      .from(notifications)
      .where(mine)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(args.pageSize)
      .offset((args.page - 1) * args.pageSize),
    db.select({ n: count() }).from(notifications).where(mine),
    countUnreadNotifications(db, { userId: args.userId }),
  ]);
  return { items, page: args.page, pageSize: args.pageSize, total: total?.n ?? 0, unreadCount };
}

/** What the bell shows; served by the partial index on unread rows. */
export async function countUnreadNotifications(db: Db, args: { userId: string }): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, args.userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}
