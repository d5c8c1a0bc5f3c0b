import type { Db } from '@/db/client';
import { notifications } from '@/db/schema';

export type NotificationKind = (typeof notifications.$inferInsert)['kind'];

export type NewNotification = {
  userId: string;
  kind: NotificationKind;
  /** The fact announced; one notification per (user, key) however often it is delivered. */
  dedupeKey: string;
  title: string;
  body: string;
  href: string | null;
};

/** Inserts in-app notifications in the caller's transaction; returns how many were new. */
export async function createNotifications(tx: Db, rows: NewNotification[]): Promise<number> {
  if (rows.length === 0) return 0;
  const inserted = await tx
    .insert(notifications)
    .values(rows)
    .onConflictDoNothing({ target: [notifications.userId, notifications.dedupeKey] })
    .returning({ id: notifications.id });
  return inserted.length;
}
