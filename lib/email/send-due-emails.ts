import { eq, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { emailMessages } from '@/db/schema';
import { errorFields, logger, type Logger } from '@/lib/logger';
import { describeError, retryDelayMs } from '@/lib/outbox/retry-backoff';
import { createMailTransport, type MailTransport } from './mail-transport';

export type SendResult = { claimed: number; sent: number; failed: number };

type ClaimedEmail = {
  id: string;
  to_address: string;
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string> | null;
  attempts: number;
};

type SendOptions = {
  transport?: MailTransport;
  limit?: number;
  /** Only these rows (a function that just queued them sends at once; the cron picks up the rest). */
  ids?: string[];
  leaseMs?: number;
  retryBaseMs?: number;
  log?: Logger;
};

async function claimDueEmails(
  db: Database,
  args: { limit: number; leaseMs: number; ids?: string[] },
): Promise<ClaimedEmail[]> {
  const only = args.ids
    ? sql`AND id IN (${sql.join(
        args.ids.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`
    : sql``;
  return db.execute<ClaimedEmail>(sql`
    UPDATE email_messages AS e
    SET locked_until = now() + make_interval(secs => ${args.leaseMs / 1000}), attempts = e.attempts + 1
    FROM (
      SELECT id FROM email_messages
      WHERE status <> 'SENT' AND available_at <= now() AND (locked_until IS NULL OR locked_until <= now()) ${only}
      ORDER BY available_at, created_at
      LIMIT ${args.limit}
      FOR UPDATE SKIP LOCKED
    ) AS due
    WHERE e.id = due.id
    RETURNING e.id, e.to_address, e.subject, e.html, e.text, e.headers, e.attempts`);
}

/**
 * Sends queued emails that are due. Each row is claimed with SKIP LOCKED and a lease, so concurrent
 * senders (several instances, or the cron next to a function) never send the same row at the same
 * time; a failure leaves the row RETRYING with its error and a backoff, never dropped. SMTP itself is
 * at-least-once: a process that dies after the server accepted a message but before it is marked
 * SENT sends it again after the lease, with the same Message-ID.
 */
export async function sendDueEmails(db: Database, options: SendOptions = {}): Promise<SendResult> {
  const log = options.log ?? logger;
  if (options.ids && options.ids.length === 0) return { claimed: 0, sent: 0, failed: 0 };
  const claimed = await claimDueEmails(db, {
    limit: options.limit ?? 25,
    leaseMs: options.leaseMs ?? 60_000,
    ids: options.ids,
  });
  const result: SendResult = { claimed: claimed.length, sent: 0, failed: 0 };
  if (claimed.length === 0) return result;

  const transport = options.transport ?? createMailTransport();
  try {
    for (const email of claimed) {
      try {
        const sent = await transport.send({
          id: email.id,
          to: email.to_address,
          subject: email.subject,
          html: email.html,
          text: email.text,
          headers: email.headers,
        });
        await db
          .update(emailMessages)
          .set({
            status: 'SENT',
            sentAt: sql`now()`,
            lockedUntil: null,
            lastError: null,
            transport: sent.transport,
            providerMessageId: sent.providerMessageId,
            filePath: sent.filePath,
          })
          .where(eq(emailMessages.id, email.id));
        result.sent++;
      } catch (error) {
        result.failed++;
        const delayMs = retryDelayMs(Number(email.attempts), { baseMs: options.retryBaseMs ?? 30_000 });
        await db
          .update(emailMessages)
          .set({
            status: 'RETRYING',
            lastError: describeError(error),
            lockedUntil: null,
            availableAt: sql`now() + make_interval(secs => ${delayMs / 1000})`,
          })
          .where(eq(emailMessages.id, email.id));
        log.warn(
          { emailId: email.id, attempts: email.attempts, retryInMs: delayMs, ...errorFields(error) },
          'email.send_failed',
        );
      }
    }
  } finally {
    if (!options.transport) transport.close();
  }
  if (result.sent > 0 || result.failed > 0) log.info(result, 'email.sent');
  return result;
}
