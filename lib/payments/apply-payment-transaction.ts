import { eq, sql } from 'drizzle-orm';
import type { Database, Db } from '@/db/client';
import { orders, paymentAttempts, paymentTransactions, processedPaymentEvents } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { grantVipCashback } from '@/lib/credit/vip-cashback';
import { withRetry } from '@/lib/db/with-retry';
import { logger, type Logger } from '@/lib/logger';
import { captureLatePayment, captureOrder } from '@/lib/orders/capture-order';
import { lockOrder, type OrderRow } from '@/lib/orders/lock-order';
import { releaseReservation } from '@/lib/orders/release-reservation';
import { transitionOrder } from '@/lib/orders/transition-order';
import { enqueueEvent } from '@/lib/outbox/enqueue-event';
import { oweRefund } from '@/lib/returns/refund-ledger';
import type { WompiTransaction } from './wompi/types';

export type PaymentOutcome =
  'UNKNOWN_REFERENCE' | 'DUPLICATE' | 'RECORDED' | 'CAPTURED' | 'LATE_CAPTURED' | 'REFUND_DUE' | 'AMOUNT_MISMATCH';

export type ApplyResult = { outcome: PaymentOutcome; orderId: string | null; orderStatus: OrderRow['status'] | null };

const PROVIDER = { type: 'PAYMENT_PROVIDER' as const };

/**
 * Records money the store owes on an order (the staff refund queue): columns, audit, outbox event and a
 * log line. Exported so every "we owe this shopper" path goes through this one function.
 */
export async function owe(
  tx: Db,
  order: OrderRow,
  args: { issue: string; amountCents: number; transactionId: string; log: Logger },
): Promise<void> {
  // A ledger row (lib/returns/refund-ledger.ts): what is due is OWED − PAID, so an amount already
  // settled is never paid again when a later one is owed.
  await oweRefund(tx, {
    orderId: order.id,
    amountCents: args.amountCents,
    sourceKey: `txn:${args.transactionId}`,
    reason: args.issue,
  });
  await tx
    .update(orders)
    .set({ paymentIssue: args.issue, refundResolvedAt: null, updatedAt: sql`now()` })
    .where(eq(orders.id, order.id));
  await recordAudit(tx, {
    actorId: null,
    action: `payment.${args.issue.toLowerCase()}`,
    entityType: 'order',
    entityId: order.id,
    after: { transactionId: args.transactionId, amountCents: args.amountCents, status: order.status },
  });
  await enqueueEvent(tx, {
    name: 'order/refund.due',
    eventId: `refund-due:${order.id}:${args.transactionId}`,
    payload: { orderId: order.id, userId: order.userId, issue: args.issue, amountCents: args.amountCents },
  });
  args.log.error(
    { orderId: order.id, transactionId: args.transactionId, issue: args.issue, amountCents: args.amountCents },
    'payment.refund_due',
  );
}

async function applyApproved(tx: Db, order: OrderRow, trx: WompiTransaction, log: Logger): Promise<PaymentOutcome> {
  // #7: the amount Wompi confirmed must be exactly the order's, in COP.
  if (trx.amount_in_cents !== order.totalCents || trx.currency !== 'COP') {
    await recordAudit(tx, {
      actorId: null,
      action: 'payment.amount_mismatch',
      entityType: 'order',
      entityId: order.id,
      after: { transactionId: trx.id, paid: trx.amount_in_cents, currency: trx.currency, expected: order.totalCents },
    });
    log.error(
      {
        orderId: order.id,
        transactionId: trx.id,
        paid: trx.amount_in_cents,
        currency: trx.currency,
        expected: order.totalCents,
      },
      'payment.amount_mismatch',
    );
    if (order.status === 'PENDING_PAYMENT') {
      await releaseReservation(tx, order, { note: 'Monto pagado no coincide con el pedido' });
      await transitionOrder(tx, {
        order,
        to: 'FRAUD_ALERT',
        actor: PROVIDER,
        reason: `Monto pagado ${trx.amount_in_cents} ${trx.currency} ≠ ${order.totalCents} COP`,
        log,
      });
      // Under review, but the money was received: it is owed until staff settle it.
      await owe(tx, order, { issue: 'AMOUNT_MISMATCH', amountCents: trx.amount_in_cents, transactionId: trx.id, log });
    } else {
      await owe(tx, order, { issue: 'AMOUNT_MISMATCH', amountCents: trx.amount_in_cents, transactionId: trx.id, log });
    }
    return 'AMOUNT_MISMATCH';
  }
  if (order.status === 'PENDING_PAYMENT') {
    // Still holding its reservation (even if past expiry and not yet swept): capture it.
    await captureOrder(tx, { order, actor: PROVIDER, reason: `Pago aprobado (Wompi ${trx.id})`, log });
    await grantVipCashback(tx, order, { paidCents: trx.amount_in_cents });
    return 'CAPTURED';
  }
  // Its store credit was already given back on expiry; spending it again silently would surprise the
  // shopper, so an order that mixed credit and Wompi is refunded instead of revived.
  if (order.status === 'CANCELLED' && order.paidAt === null && order.creditAppliedCents === 0) {
    const revived = await captureLatePayment(tx, { order, actor: PROVIDER, log });
    if (revived) {
      await grantVipCashback(tx, order, { paidCents: trx.amount_in_cents });
      return 'LATE_CAPTURED';
    }
    await owe(tx, order, { issue: 'PAID_WITHOUT_STOCK', amountCents: trx.amount_in_cents, transactionId: trx.id, log });
    return 'REFUND_DUE';
  }
  // Already paid by another transaction (a second card attempt that also went through), or under fraud review.
  const issue =
    order.status === 'FRAUD_ALERT'
      ? 'FRAUD_REVIEW_PAYMENT'
      : order.status === 'CANCELLED'
        ? 'PAID_AFTER_CANCELLATION'
        : 'DUPLICATE_PAYMENT';
  await owe(tx, order, { issue, amountCents: trx.amount_in_cents, transactionId: trx.id, log });
  return 'REFUND_DUE';
}

/**
 * Applies one Wompi transaction, as Wompi confirmed it, exactly once per (transaction, status): the
 * dedupe row is inserted in the same database transaction as the effect, under the order's row lock.
 * Webhooks, the result page and reconciliation all come through here, in any order and concurrently.
 * No network call happens while locks are held.
 */
export async function applyPaymentTransaction(
  db: Database,
  args: { transaction: WompiTransaction; source: string; log?: Logger },
): Promise<ApplyResult> {
  const log = args.log ?? logger;
  const trx = args.transaction;
  return withRetry(() =>
    db.transaction(async (tx) => {
      const [attempt] = await tx.select().from(paymentAttempts).where(eq(paymentAttempts.reference, trx.reference));
      if (!attempt) {
        log.warn({ transactionId: trx.id, reference: trx.reference }, 'payment.unknown_reference');
        return { outcome: 'UNKNOWN_REFERENCE', orderId: null, orderStatus: null };
      }
      const order = await lockOrder(tx, { orderId: attempt.orderId });
      if (!order) throw new Error(`payment attempt ${attempt.id} points at a missing order`);

      const fresh = await tx
        .insert(processedPaymentEvents)
        .values({ providerTransactionId: trx.id, status: trx.status, source: args.source })
        .onConflictDoNothing()
        .returning({ id: processedPaymentEvents.id });
      if (fresh.length === 0) return { outcome: 'DUPLICATE', orderId: order.id, orderStatus: order.status };

      const values = {
        attemptId: attempt.id,
        orderId: order.id,
        providerTransactionId: trx.id,
        status: trx.status,
        amountCents: trx.amount_in_cents,
        currency: trx.currency,
        paymentMethodType: trx.payment_method_type ?? null,
        statusMessage: trx.status_message ?? null,
        rawPayload: trx,
      };
      await tx
        .insert(paymentTransactions)
        .values(values)
        .onConflictDoUpdate({
          target: paymentTransactions.providerTransactionId,
          set: { ...values, updatedAt: sql`now()` },
        });
      // An attempt that was approved stays approved whatever a later transaction under its reference says.
      await tx
        .update(paymentAttempts)
        .set({
          status: sql`CASE WHEN ${paymentAttempts.status} = 'APPROVED' THEN 'APPROVED'::payment_status ELSE ${trx.status}::payment_status END`,
          updatedAt: sql`now()`,
        })
        .where(eq(paymentAttempts.id, attempt.id));

      const outcome = trx.status === 'APPROVED' ? await applyApproved(tx, order, trx, log) : 'RECORDED';
      await tx
        .update(paymentTransactions)
        .set({ outcome })
        .where(eq(paymentTransactions.providerTransactionId, trx.id));
      if (trx.status === 'DECLINED' || trx.status === 'ERROR' || trx.status === 'VOIDED') {
        await enqueueEvent(tx, {
          name: 'payment/failed',
          eventId: `payment-failed:${trx.id}:${trx.status}`,
          payload: { orderId: order.id, userId: order.userId, status: trx.status, transactionId: trx.id },
        });
        // #10: a failed payment is a warning an operator can search for, with the order and Wompi's reason.
        log.warn(
          {
            orderId: order.id,
            userId: order.userId,
            transactionId: trx.id,
            status: trx.status,
            statusMessage: trx.status_message ?? null,
            source: args.source,
          },
          'payment.failed',
        );
      }
      const [after] = await tx.select({ status: orders.status }).from(orders).where(eq(orders.id, order.id));
      log.info(
        { orderId: order.id, transactionId: trx.id, status: trx.status, outcome, source: args.source },
        'payment.applied',
      );
      return { outcome, orderId: order.id, orderStatus: after?.status ?? order.status };
    }),
  );
}
