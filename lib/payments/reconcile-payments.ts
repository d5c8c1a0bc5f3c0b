import { and, eq, inArray, lt, gt, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { paymentAttempts } from '@/db/schema';
import { errorFields, logger, type Logger } from '@/lib/logger';
import { applyPaymentTransaction } from './apply-payment-transaction';
import type { WompiClient } from './wompi/client';
import { getWompiClient } from './wompi-config';

export type ReconcileResult = { checked: number; applied: number; failed: number };

/**
 * The safety net for lost webhooks: payment attempts still open after `afterMinutes` are looked up
 * by reference (a buyer may have several transactions under one) and each transaction is applied
 * through the same idempotent path as a webhook. Attempts older than 48 h are left alone: Wompi has
 * stopped retrying by then and an admin looks at them. One failing attempt never stops the rest.
 *
 * Each run takes the `limit` attempts looked at least recently (`updated_at`, touched here after each
 * look), so every open attempt gets its turn. Ordered by age, a store with more than `limit` abandoned
 * checkouts in 48 h re-checked the same oldest ones every run and never reached a newer payment whose
 * webhook was lost (found by `npm run test:faults -- wompi-outage`).
 */
export async function reconcilePayments(
  db: Database,
  args: { afterMinutes: number; limit?: number; log?: Logger; client?: WompiClient },
): Promise<ReconcileResult> {
  const log = args.log ?? logger;
  const client = args.client ?? getWompiClient();
  const open = await db
    .select({ id: paymentAttempts.id, reference: paymentAttempts.reference })
    .from(paymentAttempts)
    .where(
      and(
        inArray(paymentAttempts.status, ['CREATED', 'PENDING']),
        lt(paymentAttempts.createdAt, sql`now() - make_interval(mins => ${args.afterMinutes})`),
        gt(paymentAttempts.createdAt, sql`now() - interval '48 hours'`),
      ),
    )
    .orderBy(paymentAttempts.updatedAt, paymentAttempts.createdAt)
    .limit(args.limit ?? 100);
  const result: ReconcileResult = { checked: open.length, applied: 0, failed: 0 };
  for (const attempt of open) {
    try {
      const transactions = await client.findTransactionsByReference(attempt.reference);
      for (const transaction of transactions) {
        const applied = await applyPaymentTransaction(db, { transaction, source: 'reconciliation', log });
        if (applied.outcome !== 'DUPLICATE') result.applied++;
      }
    } catch (error) {
      result.failed++;
      log.warn(
        { attemptId: attempt.id, reference: attempt.reference, ...errorFields(error) },
        'payment.reconcile_failed',
      );
    }
    // To the back of the queue, whatever Wompi said.
    await db
      .update(paymentAttempts)
      .set({ updatedAt: sql`now()` })
      .where(eq(paymentAttempts.id, attempt.id));
  }
  if (result.checked > 0) log.info(result, 'payment.reconciled');
  return result;
}
