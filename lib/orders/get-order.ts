import { and, asc, count, desc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { orderItems, orderStatusHistory, orders } from '@/db/schema';
import { isUuid } from '@/lib/validation';
import { orderNotFound } from './lock-order';

export type OrderDetail = Awaited<ReturnType<typeof getOrderForOwner>>;

/** One order with items and status history, in one statement. `ownerId` null means staff access to any order. */
export async function getOrderForOwner(db: Db, args: { orderId: string; ownerId: string | null }) {
  if (!isUuid(args.orderId)) throw orderNotFound();
  const order = await db.query.orders.findFirst({
    where: args.ownerId
      ? and(eq(orders.id, args.orderId), eq(orders.userId, args.ownerId))
      : eq(orders.id, args.orderId),
    with: {
      items: { orderBy: [asc(orderItems.productName)] },
      statusHistory: { orderBy: [asc(orderStatusHistory.createdAt)] },
    },
  });
  if (!order) throw orderNotFound();
  return order;
}

export async function listOrdersForUser(db: Db, args: { userId: string; page: number; pageSize: number }) {
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: orders.id,
        number: orders.number,
        status: orders.status,
        totalCents: orders.totalCents,
        deliveryOption: orders.deliveryOption,
        createdAt: orders.createdAt,
        reservationExpiresAt: orders.reservationExpiresAt,
        estimatedDeliveryDate: orders.estimatedDeliveryDate,
        cancellationReason: orders.cancellationReason,
        itemCount: count(orderItems.id),
      })
      .from(orders)
      .leftJoin(orderItems, eq(orderItems.orderId, orders.id))
      .where(eq(orders.userId, args.userId))
      .groupBy(orders.id)
      .orderBy(desc(orders.createdAt))
      .limit(args.pageSize)
      .offset((args.page - 1) * args.pageSize),
    db.select({ n: count() }).from(orders).where(eq(orders.userId, args.userId)),
  ]);
  return { items: rows, page: args.page, pageSize: args.pageSize, total: total?.n ?? 0 };
}
