import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { orderItems, orderReturns, orders, returnItems, users } from '@/db/schema';

export type ReturnStatusFilter = 'REQUESTED' | 'APPROVED' | 'REJECTED' | 'ALL';

/** Returns for the admin queue, newest first, with their lines and the customer. */
export async function listReturns(db: Db, args: { status: ReturnStatusFilter; limit?: number }) {
  const rows = await db
    .select({
      id: orderReturns.id,
      orderId: orderReturns.orderId,
      orderNumber: orders.number,
      status: orderReturns.status,
      reason: orderReturns.reason,
      decisionReason: orderReturns.decisionReason,
      refundMethod: orderReturns.refundMethod,
      refundReference: orderReturns.refundReference,
      refundCents: orderReturns.refundCents,
      createdAt: orderReturns.createdAt,
      decidedAt: orderReturns.decidedAt,
      deliveredAt: orders.deliveredAt,
      customerName: users.name,
      customerEmail: users.email,
    })
    .from(orderReturns)
    .innerJoin(orders, eq(orders.id, orderReturns.orderId))
    .innerJoin(users, eq(users.id, orders.userId))
    .where(args.status === 'ALL' ? undefined : eq(orderReturns.status, args.status))
    .orderBy(desc(orderReturns.createdAt))
    .limit(args.limit ?? 50);
  if (rows.length === 0) return [];
  const lines = await db
    .select({
      returnId: returnItems.returnId,
      orderItemId: returnItems.orderItemId,
      quantityRequested: returnItems.quantityRequested,
      quantityApproved: returnItems.quantityApproved,
      restock: returnItems.restock,
      productName: orderItems.productName,
      variantName: orderItems.variantName,
      quantityBought: orderItems.quantity,
      unitPriceCents: orderItems.unitPriceCents,
    })
    .from(returnItems)
    .innerJoin(orderItems, eq(orderItems.id, returnItems.orderItemId))
    .where(
      sql`${returnItems.returnId} IN (${sql.join(
        rows.map((r) => sql`${r.id}::uuid`),
        sql`, `,
      )})`,
    );
  return rows.map((r) => ({ ...r, items: lines.filter((l) => l.returnId === r.id) }));
}

/** Orders where the store owes money back and nobody has settled it yet. */
export async function listRefundsDue(db: Db, args: { limit?: number } = {}) {
  return db
    .select({
      id: orders.id,
      number: orders.number,
      status: orders.status,
      paymentIssue: orders.paymentIssue,
      refundDueCents: orders.refundDueCents,
      totalCents: orders.totalCents,
      updatedAt: orders.updatedAt,
      customerName: users.name,
      customerEmail: users.email,
    })
    .from(orders)
    .innerJoin(users, eq(users.id, orders.userId))
    .where(and(gt(orders.refundDueCents, 0), isNull(orders.refundResolvedAt)))
    .orderBy(desc(orders.updatedAt))
    .limit(args.limit ?? 50);
}
