import { and, asc, eq, gt, lte, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { creditLots } from '@/db/schema';
import { withRetry } from '@/lib/db/with-retry';
import { errorFields, logger, type Logger } from '@/lib/logger';
import { addCreditEntry, lockCreditBalance } from './credit-ledger';

export type CreditExpiryResult = { found: number; expired: number; expiredCents: number; failed: number };

const dateFmt = new Intl.DateTimeFormat('es-CO', { dateStyle: 'long', timeZone: 'America/Bogota' });

/**
 * Daily: every lot whose expiry has passed with credit left becomes an EXPIRY ledger entry for what is
 * left, one lot per transaction under the account lock (a failure is logged and retried on the next
 * run; the rest go on). Running twice is harmless: an expired lot has nothing left.
 */
export async function expireCredit(
  db: Database,
  args: { limit?: number; log?: Logger } = {},
): Promise<CreditExpiryResult> {
  const log = args.log ?? logger;
  const due = await db
    .select({ id: creditLots.id, userId: creditLots.userId })
    .from(creditLots)
    .where(and(gt(creditLots.remainingCents, 0), lte(creditLots.expiresAt, sql`now()`)))
    .orderBy(asc(creditLots.expiresAt))
    .limit(args.limit ?? 1000);
  const result: CreditExpiryResult = { found: due.length, expired: 0, expiredCents: 0, failed: 0 };
  for (const lot of due) {
    try {
      const cents = await withRetry(() =>
        db.transaction(async (tx) => {
          await lockCreditBalance(tx, lot.userId);
          const [fresh] = await tx.select().from(creditLots).where(eq(creditLots.id, lot.id));
          if (!fresh || fresh.remainingCents <= 0) return 0;
          await addCreditEntry(tx, {
            userId: lot.userId,
            kind: 'EXPIRY',
            amountCents: -fresh.remainingCents,
            reason: `Saldo a favor vencido el ${dateFmt.format(fresh.expiresAt)}`,
            fromLotId: fresh.id,
          });
          await tx
            .update(creditLots)
            .set({ expiredAt: sql`now()` })
            .where(eq(creditLots.id, fresh.id));
          return fresh.remainingCents;
        }),
      );
      if (cents > 0) {
        result.expired++;
        result.expiredCents += cents;
      }
    } catch (error) {
      result.failed++;
      log.error({ lotId: lot.id, userId: lot.userId, ...errorFields(error) }, 'credit.expiry_failed');
    }
  }
  if (result.found > 0) log.info(result, 'credit.expired');
  return result;
}
