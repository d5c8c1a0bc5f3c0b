import { and, eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { orders, paymentAttempts, paymentTransactions } from '@/db/schema';
import { isAppError, notFound } from '@/lib/errors';
import type { Logger } from '@/lib/logger';
import { paymentUnavailable, syncWompiTransaction } from './sync-transaction';

export type PaymentResult = {
  transactionId: string;
  status: 'PENDING' | 'APPROVED' | 'DECLINED' | 'VOIDED' | 'ERROR' | 'UNKNOWN';
  orderId: string;
  orderNumber: number;
  orderStatus: string;
  /** False when Wompi could not be asked just now; the page keeps polling. */
  isConfirmed: boolean;
};

/**
 * What the shopper sees on /pago/resultado: never the query string's word for it. The server asks
 * Wompi (applying the answer like a webhook would), then reads the shopper's own order.
 */
export async function getPaymentResult(
  db: Database,
  args: { transactionId: string; userId: string; log?: Logger },
): Promise<PaymentResult> {
  let isConfirmed = true;
  try {
    await syncWompiTransaction(db, { transactionId: args.transactionId, source: 'result-page', log: args.log });
  } catch (error) {
    if (!isAppError(error) || error.code !== 'MKT-PAYMENT-UNAVAILABLE') throw error;
    isConfirmed = false;
  }
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
  if (!row && !isConfirmed) throw paymentUnavailable();
  if (!row) throw notFound('No encontramos ese pago.');
  return {
    transactionId: args.transactionId,
    status: row.status === 'CREATED' ? 'PENDING' : row.status,
    orderId: row.orderId,
    orderNumber: row.orderNumber,
    orderStatus: row.orderStatus,
    isConfirmed,
  };
}
