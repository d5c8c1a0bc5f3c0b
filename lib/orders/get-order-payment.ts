import { desc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { paymentAttempts, paymentTransactions } from '@/db/schema';

export type OrderPaymentView = {
  status: string;
  method: string | null;
  amountCents: number;
  reference: string;
  updatedAt: string;
};

/**
 * The latest Wompi attempt of an order with the method of its latest confirmed transaction, or null
 * when the order never went to Wompi (paid entirely with store credit). Ownership is checked by the
 * caller, which loaded the order for its owner first.
 */
export async function getOrderPayment(db: Db, orderId: string): Promise<OrderPaymentView | null> {
  const [attempt] = await db
    .select()
    .from(paymentAttempts)
    .where(eq(paymentAttempts.orderId, orderId))
    .orderBy(desc(paymentAttempts.createdAt), desc(paymentAttempts.id))
    .limit(1);
  if (!attempt) return null;
  const [transaction] = await db
    .select({
      status: paymentTransactions.status,
      method: paymentTransactions.paymentMethodType,
      updatedAt: paymentTransactions.updatedAt,
    })
    .from(paymentTransactions)
    .where(eq(paymentTransactions.attemptId, attempt.id))
    .orderBy(desc(paymentTransactions.updatedAt))
    .limit(1);
  const updatedAt =
    transaction && transaction.updatedAt > attempt.updatedAt ? transaction.updatedAt : attempt.updatedAt;
  return {
    status: attempt.status,
    method: transaction?.method ?? null,
    amountCents: attempt.amountCents,
    reference: attempt.reference,
    updatedAt: updatedAt.toISOString(),
  };
}
