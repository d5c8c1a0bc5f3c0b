import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { orders, users } from '@/db/schema';
import type { OrderStatus } from '@/db/schema/orders';
import { queueEmails } from '@/lib/email/queue-email';
import { absoluteUrl, renderNoticeEmail } from '@/lib/email/render-email';
import { logger, type Logger } from '@/lib/logger';
import { createNotifications } from '@/lib/notifications/create-notifications';
import { orderStatusCopy, orderStatusDetails } from '@/lib/notifications/order-status-copy';

export type OrderNoticeResult = {
  orderId: string;
  status: OrderStatus;
  skipped: 'not-customer-facing' | 'order-missing' | null;
  notified: boolean;
  emailIds: string[];
};

/**
 * #17: one in-app notification and one email per (order, status) the customer cares about. Both rows
 * carry the key `order-status:<order>:<status>` under a unique index and are written in one
 * transaction, so redeliveries, retries and concurrent relays all end with exactly one of each.
 * The status comes from the event (what happened), the rest from the order as it is now.
 */
export async function notifyOrderStatus(
  db: Database,
  args: { orderId: string; status: OrderStatus; reason?: string | null; occurrence?: number; log?: Logger },
): Promise<OrderNoticeResult> {
  const log = args.log ?? logger;
  const base = { orderId: args.orderId, status: args.status };
  const [order] = await db
    .select({
      id: orders.id,
      number: orders.number,
      userId: orders.userId,
      totalCents: orders.totalCents,
      deliveryOption: orders.deliveryOption,
      trackingNumber: orders.trackingNumber,
      cancellationReason: orders.cancellationReason,
      reservationExpiresAt: orders.reservationExpiresAt,
      email: users.email,
      name: users.name,
    })
    .from(orders)
    .innerJoin(users, eq(users.id, orders.userId))
    .where(eq(orders.id, args.orderId));
  if (!order) {
    log.warn(base, 'notification.order_missing');
    return { ...base, skipped: 'order-missing', notified: false, emailIds: [] };
  }
  const input = {
    status: args.status,
    orderNumber: order.number,
    totalCents: order.totalCents,
    deliveryOption: order.deliveryOption,
    trackingNumber: order.trackingNumber,
    cancellationReason: order.cancellationReason,
    reservationExpiresAt: order.reservationExpiresAt,
    reason: args.reason ?? null,
  };
  const copy = orderStatusCopy(input);
  if (!copy) return { ...base, skipped: 'not-customer-facing', notified: false, emailIds: [] };

  const href = `/cuenta/pedidos/${order.id}`;
  const occurrence = args.occurrence ?? 1;
  const dedupeKey = `order-status:${order.id}:${args.status}${occurrence > 1 ? `:${occurrence}` : ''}`;
  // Rendered before the transaction: no lock is held while React renders.
  const email = await renderNoticeEmail(copy.subject, {
    preview: copy.body,
    heading: copy.title,
    greeting: `Hola, ${order.name.split(' ')[0]}:`,
    paragraphs: copy.paragraphs,
    details: orderStatusDetails(input),
    cta: { label: 'Ver mi pedido', href: absoluteUrl(href) },
  });
  const { notified, emailIds } = await db.transaction(async (tx) => {
    const created = await createNotifications(tx, [
      { userId: order.userId, kind: 'ORDER_STATUS', dedupeKey, title: copy.title, body: copy.body, href },
    ]);
    const queued = await queueEmails(tx, [
      { dedupeKey, kind: 'ORDER_STATUS', userId: order.userId, to: order.email, ...email },
    ]);
    return { notified: created > 0, emailIds: queued };
  });
  if (notified) log.info({ ...base, userId: order.userId }, 'notification.order_status');
  return { ...base, skipped: null, notified, emailIds };
}
