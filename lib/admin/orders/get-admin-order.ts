import { and, asc, desc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '@/db/client';
import {
  auditLog,
  orderItems,
  orderStatusHistory,
  orders,
  paymentAttempts,
  paymentTransactions,
  users,
  voucherRedemptions,
} from '@/db/schema';
import { orderNotFound } from '@/lib/orders/lock-order';
import { isUuid } from '@/lib/validation';
import { staffTransitionsFor } from './staff-transitions';

export type AdminOrderDetail = Awaited<ReturnType<typeof getAdminOrder>>;

const historyActor = alias(users, 'history_actor');
const auditActor = alias(users, 'audit_actor');

/** An order with everything staff need: customer, items, payments, status history, audit trail and the allowed next steps. */
export async function getAdminOrder(db: Db, orderId: string) {
  if (!isUuid(orderId)) throw orderNotFound();
  const [row] = await db
    .select({ order: orders, customerEmail: users.email, customerName: users.name })
    .from(orders)
    .innerJoin(users, eq(users.id, orders.userId))
    .where(eq(orders.id, orderId));
  if (!row) throw orderNotFound();
  const [items, history, attempts, transactions, audit, voucherUse] = await Promise.all([
    db.select().from(orderItems).where(eq(orderItems.orderId, orderId)).orderBy(asc(orderItems.productName)),
    db
      .select({
        id: orderStatusHistory.id,
        fromStatus: orderStatusHistory.fromStatus,
        toStatus: orderStatusHistory.toStatus,
        actorType: orderStatusHistory.actorType,
        actorName: historyActor.name,
        reason: orderStatusHistory.reason,
        createdAt: orderStatusHistory.createdAt,
      })
      .from(orderStatusHistory)
      .leftJoin(historyActor, eq(historyActor.id, orderStatusHistory.actorId))
      .where(eq(orderStatusHistory.orderId, orderId))
      .orderBy(asc(orderStatusHistory.createdAt), asc(orderStatusHistory.id)),
    db
      .select({
        id: paymentAttempts.id,
        reference: paymentAttempts.reference,
        amountCents: paymentAttempts.amountCents,
        status: paymentAttempts.status,
        createdAt: paymentAttempts.createdAt,
        expiresAt: paymentAttempts.expiresAt,
      })
      .from(paymentAttempts)
      .where(eq(paymentAttempts.orderId, orderId))
      .orderBy(asc(paymentAttempts.createdAt)),
    db
      .select({
        id: paymentTransactions.id,
        attemptId: paymentTransactions.attemptId,
        providerTransactionId: paymentTransactions.providerTransactionId,
        status: paymentTransactions.status,
        amountCents: paymentTransactions.amountCents,
        paymentMethodType: paymentTransactions.paymentMethodType,
        statusMessage: paymentTransactions.statusMessage,
        outcome: paymentTransactions.outcome,
        createdAt: paymentTransactions.createdAt,
      })
      .from(paymentTransactions)
      .where(eq(paymentTransactions.orderId, orderId))
      .orderBy(asc(paymentTransactions.createdAt)),
    db
      .select({
        id: auditLog.id,
        action: auditLog.action,
        actorName: auditActor.name,
        before: auditLog.before,
        after: auditLog.after,
        createdAt: auditLog.createdAt,
      })
      .from(auditLog)
      .leftJoin(auditActor, eq(auditActor.id, auditLog.actorId))
      .where(and(eq(auditLog.entityType, 'order'), eq(auditLog.entityId, orderId)))
      .orderBy(desc(auditLog.createdAt)),
    db
      .select({ overLimitAt: voucherRedemptions.overLimitAt })
      .from(voucherRedemptions)
      .where(eq(voucherRedemptions.orderId, orderId)),
  ]);
  return {
    ...row.order,
    customerEmail: row.customerEmail,
    customerName: row.customerName,
    items,
    statusHistory: history,
    paymentAttempts: attempts,
    paymentTransactions: transactions,
    audit,
    allowedTransitions: staffTransitionsFor(row.order.status),
    // Set when a late payment revived the order after its voucher was used up (lib/vouchers/redeem-voucher.ts).
    voucherOverLimitAt: voucherUse[0]?.overLimitAt ?? null,
  };
}
