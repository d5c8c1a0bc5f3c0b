import type { Database } from '@/db/client';
import { AppError, notFound } from '@/lib/errors';
import type { Logger } from '@/lib/logger';
import { applyPaymentTransaction, type ApplyResult } from './apply-payment-transaction';
import { isWompiUnavailable, type WompiClient } from './wompi/client';
import { getWompiClient } from './wompi-config';

export const paymentUnavailable = (cause?: unknown) =>
  new AppError({
    code: 'MKT-PAYMENT-UNAVAILABLE',
    status: 503,
    message: 'No pudimos comunicarnos con Wompi. Intenta de nuevo en un momento.',
    cause,
  });

/**
 * Asks Wompi for a transaction (timeout, retries and circuit breaker live in the client) and applies
 * what Wompi says, never what a caller claims. Wompi down → 503 MKT-PAYMENT-UNAVAILABLE, nothing applied.
 */
export async function syncWompiTransaction(
  db: Database,
  args: { transactionId: string; source: string; log?: Logger; client?: WompiClient },
): Promise<ApplyResult> {
  let transaction;
  try {
    transaction = await (args.client ?? getWompiClient()).getTransaction(args.transactionId);
  } catch (error) {
    if (isWompiUnavailable(error)) {
      args.log?.warn({ transactionId: args.transactionId, source: args.source }, 'payment.provider_unavailable');
      throw paymentUnavailable(error);
    }
    throw error;
  }
  if (!transaction) throw notFound('Wompi no conoce esa transacción.');
  return applyPaymentTransaction(db, { transaction, source: args.source, log: args.log });
}
