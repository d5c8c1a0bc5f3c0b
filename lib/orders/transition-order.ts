import { and, count, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { orderStatusHistory, orders } from '@/db/schema';
import type { OrderStatus } from '@/db/schema/orders';
import { AppError } from '@/lib/errors';
import { logger, type Logger } from '@/lib/logger';
import { enqueueEvent } from '@/lib/outbox/enqueue-event';
import { canTransition, ORDER_STATUS_LABEL } from './state-machine';
import type { OrderRow } from './lock-order';

const REPEATABLE: ReadonlySet<OrderStatus> = new Set<OrderStatus>([
  'RETURN_REQUESTED',
  'RETURN_APPROVED',
  'RETURN_REJECTED',
  'REFUNDED',
]);

async function nextOccurrence(tx: Db, orderId: string, to: OrderStatus): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(orderStatusHistory)
    .where(and(eq(orderStatusHistory.orderId, orderId), eq(orderStatusHistory.toStatus, to)));
  return (row?.n ?? 0) + 1;
}

export type OrderActor = { type: 'CUSTOMER' | 'STAFF' | 'SYSTEM' | 'PAYMENT_PROVIDER'; id?: string | null };

export function invalidTransition(order: Pick<OrderRow, 'id' | 'status'>, to: OrderStatus): AppError {
  return new AppError({
    code: 'MKT-STATE',
    status: 409,
    message: `El pedido está «${ORDER_STATUS_LABEL[order.status]}» y no puede pasar a «${ORDER_STATUS_LABEL[to]}».`,
    details: { currentStatus: order.status, attemptedStatus: to },
  });
}

/**
 * Moves an order along the state machine (#18): checks the transition table, then a compare-and-set
 * UPDATE on the status the caller read, then the history row and an `order/status.changed` outbox
 * event whose id is (order, status), so each status is announced once. An invalid attempt is logged
 * with order, user, from and to, and refused with 409 MKT-STATE.
 */
export async function transitionOrder(
  tx: Db,
  args: {
    order: OrderRow;
    to: OrderStatus;
    actor: OrderActor;
    reason?: string | null;
    patch?: Partial<typeof orders.$inferInsert>;
    /** The one exception to the table: money Wompi took after expiry or cancel revives the order as PAID. */
    latePayment?: boolean;
    log?: Logger;
  },
): Promise<OrderRow> {
  const log = args.log ?? logger;
  const { order, to } = args;
  const isLatePayment =
    args.latePayment === true &&
    order.status === 'CANCELLED' &&
    to === 'PAID' &&
    args.actor.type === 'PAYMENT_PROVIDER';
  if (!isLatePayment && !canTransition(order.status, to)) {
    log.warn(
      { orderId: order.id, userId: order.userId, actorId: args.actor.id ?? null, from: order.status, to },
      'order.transition_refused',
    );
    throw invalidTransition(order, to);
  }
  const [updated] = await tx
    .update(orders)
    .set({ ...args.patch, status: to, updatedAt: sql`now()` })
    .where(and(eq(orders.id, order.id), eq(orders.status, order.status)))
    .returning();
  if (!updated) {
    log.warn({ orderId: order.id, userId: order.userId, from: order.status, to }, 'order.transition_lost_race');
    throw invalidTransition(order, to);
  }
  // The return statuses can repeat (several returns per order); each repetition is its own announcement.
  const occurrence = REPEATABLE.has(to) ? await nextOccurrence(tx, order.id, to) : 1;
  await tx.insert(orderStatusHistory).values({
    orderId: order.id,
    fromStatus: order.status,
    toStatus: to,
    actorType: args.actor.type,
    actorId: args.actor.id ?? null,
    reason: args.reason ?? null,
  });
  await enqueueEvent(tx, {
    name: 'order/status.changed',
    eventId: occurrence > 1 ? `order-status:${order.id}:${to}:${occurrence}` : `order-status:${order.id}:${to}`,
    payload: {
      orderId: order.id,
      userId: order.userId,
      from: order.status,
      to,
      reason: args.reason ?? null,
      cancellationReason: updated.cancellationReason,
      trackingNumber: updated.trackingNumber,
      occurrence,
    },
  });
  log.info(
    { orderId: order.id, userId: order.userId, from: order.status, to, actor: args.actor.type },
    'order.transition',
  );
  return updated;
}
