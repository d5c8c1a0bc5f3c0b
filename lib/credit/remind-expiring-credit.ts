import { and, asc, eq, gt, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { creditLots, users } from '@/db/schema';
import { queueEmails } from '@/lib/email/queue-email';
import { absoluteUrl, renderNoticeEmail } from '@/lib/email/render-email';
import { env } from '@/lib/env';
import { formatCop } from '@/lib/money';
import { logger, type Logger } from '@/lib/logger';
import { createNotifications } from '@/lib/notifications/create-notifications';

export type CreditReminderResult = { users: number; lots: number; emailIds: string[] };

const dateFmt = new Intl.DateTimeFormat('es-CO', { dateStyle: 'long', timeZone: 'America/Bogota' });
const CREDIT_PAGE = '/cuenta/saldo';

/**
 * Daily: shoppers with credit that expires within `days` (CREDIT_EXPIRY_REMINDER_DAYS, 15) and that
 * was not announced yet get one bell notice and one email listing it; the lots are marked reminded in
 * the same transaction, so each lot is announced once. `emailAllowed` lets the shopper's notification
 * preferences turn the email off (the bell stays).
 */
export async function remindExpiringCredit(
  db: Database,
  args: { days?: number; log?: Logger; emailAllowed?: (userId: string) => Promise<boolean> } = {},
): Promise<CreditReminderResult> {
  const log = args.log ?? logger;
  const days = args.days ?? env.CREDIT_EXPIRY_REMINDER_DAYS;
  const lots = await db
    .select({
      id: creditLots.id,
      userId: creditLots.userId,
      remainingCents: creditLots.remainingCents,
      expiresAt: creditLots.expiresAt,
    })
    .from(creditLots)
    .where(
      and(
        gt(creditLots.remainingCents, 0),
        isNull(creditLots.remindedAt),
        lte(creditLots.expiresAt, sql`now() + make_interval(days => ${days})`),
      ),
    )
    .orderBy(asc(creditLots.expiresAt));
  const byUser = new Map<string, typeof lots>();
  for (const lot of lots) byUser.set(lot.userId, [...(byUser.get(lot.userId) ?? []), lot]);
  const emailIds: string[] = [];
  for (const [userId, own] of byUser) {
    const [user] = await db.select({ email: users.email, name: users.name }).from(users).where(eq(users.id, userId));
    if (!user) continue;
    const total = own.reduce((s, l) => s + l.remainingCents, 0);
    const first = own[0]!.expiresAt;
    const title = `Tu saldo a favor de ${formatCop(total)} vence pronto`;
    const body = `Úsalo antes del ${dateFmt.format(first)} en tu próxima compra.`;
    const dedupeKey = `credit-expiry:${userId}:${own.map((l) => l.id).join('-')}`;
    const sendEmail = args.emailAllowed ? await args.emailAllowed(userId) : true;
    const email = sendEmail
      ? await renderNoticeEmail(`${title} · Botica`, {
          preview: body,
          heading: title,
          greeting: `Hola, ${user.name.split(' ')[0]}:`,
          paragraphs: [body],
          items: own.map((l) => `${formatCop(l.remainingCents)} vence el ${dateFmt.format(l.expiresAt)}`),
          cta: { label: 'Ver mi saldo', href: absoluteUrl(CREDIT_PAGE) },
        })
      : null;
    const queued = await db.transaction(async (tx) => {
      await createNotifications(tx, [{ userId, kind: 'CREDIT_EXPIRY', dedupeKey, title, body, href: CREDIT_PAGE }]);
      await tx
        .update(creditLots)
        .set({ remindedAt: sql`now()` })
        .where(
          inArray(
            creditLots.id,
            own.map((l) => l.id),
          ),
        );
      return email ? queueEmails(tx, [{ dedupeKey, kind: 'CREDIT_EXPIRY', userId, to: user.email, ...email }]) : [];
    });
    emailIds.push(...queued);
  }
  if (byUser.size > 0) log.info({ users: byUser.size, lots: lots.length }, 'credit.expiry_reminders');
  return { users: byUser.size, lots: lots.length, emailIds };
}
