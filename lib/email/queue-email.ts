import type { Db } from '@/db/client';
import { emailMessages } from '@/db/schema';

export type EmailKind = (typeof emailMessages.$inferInsert)['kind'];

export type EmailToQueue = {
  /** The fact this email announces; queueing the same key twice is a no-op. */
  dedupeKey: string;
  kind: EmailKind;
  userId: string | null;
  to: string;
  subject: string;
  html: string;
  text: string;
};

/**
 * Queues emails in the caller's transaction, next to the state they announce. Returns the ids of
 * the rows this call created (already-queued keys are skipped), so a caller may send them at once.
 */
export async function queueEmails(tx: Db, emails: EmailToQueue[]): Promise<string[]> {
  if (emails.length === 0) return [];
  const rows = await tx
    .insert(emailMessages)
    .values(
      emails.map((e) => ({
        dedupeKey: e.dedupeKey,
        kind: e.kind,
        userId: e.userId,
        toAddress: e.to,
        subject: e.subject,
        html: e.html,
        text: e.text,
      })),
    )
    .onConflictDoNothing({ target: emailMessages.dedupeKey })
    .returning({ id: emailMessages.id });
  return rows.map((r) => r.id);
}
