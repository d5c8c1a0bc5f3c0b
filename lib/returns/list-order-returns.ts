import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { orderItems, orderReturns, returnItems } from '@/db/schema';

export type OrderReturnView = Awaited<ReturnType<typeof listOrderReturns>>[number];

/** Every return of one order, oldest first, with its lines; the caller has checked ownership. */
export async function listOrderReturns(db: Db, orderId: string) {
  const rows = await db
    .select({
      id: orderReturns.id,
      status: orderReturns.status,
      reason: orderReturns.reason,
      decisionReason: orderReturns.decisionReason,
      refundMethod: orderReturns.refundMethod,
      refundCents: orderReturns.refundCents,
      createdAt: orderReturns.createdAt,
      decidedAt: orderReturns.decidedAt,
    })
    .from(orderReturns)
    .where(eq(orderReturns.orderId, orderId))
    .orderBy(asc(orderReturns.createdAt));
  if (rows.length === 0) return [];
  const lines = await db
    .select({
      returnId: returnItems.returnId,
      orderItemId: returnItems.orderItemId,
      productName: orderItems.productName,
      variantName: orderItems.variantName,
      quantityRequested: returnItems.quantityRequested,
      quantityApproved: returnItems.quantityApproved,
    })
    .from(returnItems)
    .innerJoin(orderItems, eq(orderItems.id, returnItems.orderItemId))
    .where(
      inArray(
        returnItems.returnId,
        rows.map((r) => r.id),
      ),
    );
  return rows.map((r) => ({
    ...r,
    createdAt: r.createdAt.toISOString(),
    decidedAt: r.decidedAt?.toISOString() ?? null,
    items: lines.filter((l) => l.returnId === r.id).map(({ returnId: _r, ...l }) => l),
  }));
}
