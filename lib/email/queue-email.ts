import type { Db } from '@/db/client';
import { emailMessages } from '@/db/schema';
import {
  CATEGORY_LABEL,
  CATEGORY_OF_KIND,
  getPreferences,
  sendableAt,
  unsubscribeToken,
} from '@/lib/notifications/preferences';
import { absoluteUrl } from './render-email';

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
  // Non-essential email follows the shopper's preferences: dropped when turned off, held until quiet
  // hours end, and carrying a one-click unsubscribe link and List-Unsubscribe headers.
  const prepared = (await Promise.all(emails.map((e) => applyPreferences(tx, e)))).filter((e) => e !== null);
  if (prepared.length === 0) return [];
  const rows = await tx
    .insert(emailMessages)
    .values(
      prepared.map((e) => ({
        dedupeKey: e.dedupeKey,
        kind: e.kind,
        userId: e.userId,
        toAddress: e.to,
        subject: e.subject,
        html: e.html,
        text: e.text,
        availableAt: e.availableAt,
        headers: e.headers,
      })),
    )
    .onConflictDoNothing({ target: emailMessages.dedupeKey })
    .returning({ id: emailMessages.id });
  return rows.map((r) => r.id);
}

type PreparedEmail = EmailToQueue & { availableAt?: Date; headers?: Record<string, string> };

async function applyPreferences(tx: Db, email: EmailToQueue): Promise<PreparedEmail | null> {
  const category = CATEGORY_OF_KIND[email.kind];
  if (!category || !email.userId) return email;
  const preferences = await getPreferences(tx, email.userId);
  if (!preferences.email[category]) return null;
  const url = absoluteUrl(`/api/v1/unsubscribe?token=${encodeURIComponent(unsubscribeToken(email.userId, category))}`);
  const note = `¿No quieres más ${CATEGORY_LABEL[category]}? Date de baja con un clic: ${url}`;
  return {
    ...email,
    text: `${email.text}\n\n${note}`,
    html: email.html.includes('</body>')
      ? email.html.replace(
          '</body>',
          `<p style="font-size:12px;color:#57534e">¿No quieres más ${CATEGORY_LABEL[category]}? <a href="${url}">Darme de baja</a></p></body>`,
        )
      : `${email.html}<p><a href="${url}">Darme de baja</a></p>`,
    availableAt: sendableAt(preferences.quietHours),
    headers: { 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}
