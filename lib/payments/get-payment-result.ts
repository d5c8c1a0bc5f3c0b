import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { orders, paymentAttempts, paymentTransactions } from '@/db/schema';
import { isAppError, notFound } from '@/lib/errors';
import type { Logger } from '@/lib/logger';
import { consumeRateLimit } from '@/lib/rate-limit/consume-rate-limit';
import { paymentUnavailable, syncWompiTransaction } from './sync-transaction';
import { FINAL_TRANSACTION_STATUSES } from './wompi/types';

export type PaymentResult = {
  transactionId: string;
  status: 'PENDING' | 'APPROVED' | 'DECLINED' | 'VOIDED' | 'ERROR' | 'UNKNOWN';
  orderId: string;
  orderNumber: number;
  orderStatus: string;
  /** False when Wompi could not be asked just now; the page keeps polling. */
  isConfirmed: boolean;
};

// One answer for "not yours", "does not exist" and "Wompi does not know it": nothing tells them apart.
const paymentNotFound = () => notFound('No encontramos ese pago.');
// Calls to Wompi one shopper's result page may cause, per minute (the page polls every few seconds).
const WOMPI_LOOKUPS_PER_MINUTE = 30;

async function readOwned(db: Database, args: { transactionId: string; userId: string }) {
  const [row] = await db
    .select({
      status: paymentTransactions.status,
      orderId: orders.id,
      orderNumber: orders.number,
      orderStatus: orders.status,
    })
    .from(paymentTransactions)
    .innerJoin(paymentAttempts, eq(paymentAttempts.id, paymentTransactions.attemptId))
    .innerJoin(orders, eq(orders.id, paymentAttempts.orderId))
    .where(and(eq(paymentTransactions.providerTransactionId, args.transactionId), eq(orders.userId, args.userId)));
  return row;
}

/**
 * What the shopper sees on /pago/resultado: never the query string's word for it. Ownership comes
 * first: Wompi (with the store's private key, behind a circuit breaker every shopper shares) is asked
 * only about a transaction this shopper already owns and that is not final yet, or — before its
 * webhook arrived — when this shopper has a payment under way; at most WOMPI_LOOKUPS_PER_MINUTE
 * times a minute (beyond, the answer is the stored one, unconfirmed). Then the answer is applied like a webhook and the shopper's own order is read.
 */
export async function getPaymentResult(
  db: Database,
  args: { transactionId: string; userId: string; log?: Logger },
): Promise<PaymentResult> {
  const known = await readOwned(db, args);
  const isFinal = known && (FINAL_TRANSACTION_STATUSES as readonly string[]).includes(known.status);
  let isConfirmed = true;
  if (!isFinal) {
    if (!known) {
      const [underWay] = await db
        .select({ id: paymentAttempts.id })
        .from(paymentAttempts)
        .innerJoin(orders, eq(orders.id, paymentAttempts.orderId))
        .where(
          and(
            eq(orders.userId, args.userId),
            inArray(paymentAttempts.status, ['CREATED', 'PENDING']),
            gt(paymentAttempts.createdAt, sql`now() - interval '1 day'`),
          ),
        )
        .limit(1);
      if (!underWay) throw paymentNotFound();
    }
    const budget = await consumeRateLimit(db, {
      key: `payment-result:${args.userId}`,
      limit: WOMPI_LOOKUPS_PER_MINUTE,
      windowSeconds: 60,
    });
    // Over budget: answer from what the store knows, unconfirmed (the page keeps polling; webhooks and
    // reconciliation still apply Wompi's answer).
    if (!budget.allowed) isConfirmed = false;
    else {
      try {
        await syncWompiTransaction(db, { transactionId: args.transactionId, source: 'result-page', log: args.log });
      } catch (error) {
        if (isAppError(error) && error.code === 'NOT-FOUND') throw paymentNotFound();
        if (!isAppError(error) || error.code !== 'MKT-PAYMENT-UNAVAILABLE') throw error;
        isConfirmed = false;
      }
    }
  }
  const row = isFinal ? known : await readOwned(db, args);
  if (!row && !isConfirmed) throw paymentUnavailable();
  if (!row) throw paymentNotFound();
  return {
    transactionId: args.transactionId,
    status: row.status === 'CREATED' ? 'PENDING' : row.status,
    orderId: row.orderId,
    orderNumber: row.orderNumber,
    orderStatus: row.orderStatus,
    isConfirmed,
  };
}
