import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { orders, users } from '@/db/schema';
import { queueEmails } from '@/lib/email/queue-email';
import { absoluteUrl, renderNoticeEmail } from '@/lib/email/render-email';
import { logger, type Logger } from '@/lib/logger';
import { formatCop } from '@/lib/money';
import { createNotifications } from '@/lib/notifications/create-notifications';

const timeFmt = new Intl.DateTimeFormat('es-CO', {
  timeZone: 'America/Bogota',
  hour: 'numeric',
  minute: '2-digit',
  day: 'numeric',
  month: 'long',
});

/**
 * The shopper is told (bell + email) that Wompi declined a payment, with a link to pay again while
 * the reservation lasts. An order email: it always goes, whatever the shopper's preferences. One per
 * declined transaction (`dedupeKey`), however often the event is delivered.
 */
export async function notifyPaymentDeclined(
  db: Database,
  args: { orderId: string; status: string; transactionId?: string; log?: Logger },
): Promise<{ notified: boolean; emailIds: string[] }> {
  const log = args.log ?? logger;
  const [order] = await db
    .select({
      id: orders.id,
      number: orders.number,
      status: orders.status,
      userId: orders.userId,
      totalCents: orders.totalCents,
      reservationExpiresAt: orders.reservationExpiresAt,
      email: users.email,
      name: users.name,
    })
    .from(orders)
    .innerJoin(users, eq(users.id, orders.userId))
    .where(eq(orders.id, args.orderId));
  if (!order) return { notified: false, emailIds: [] };
  // A later approval may have paid it already: then there is nothing to retry and nothing to say.
  if (order.status !== 'PENDING_PAYMENT') return { notified: false, emailIds: [] };
  const href = `/cuenta/pedidos/${order.id}`;
  const stillOpen = order.reservationExpiresAt !== null && order.reservationExpiresAt.getTime() > Date.now();
  const title = `Tu pago del pedido #${order.number} no fue aprobado`;
  const body = stillOpen
    ? `Puedes intentarlo de nuevo con otro medio de pago antes de las ${timeFmt.format(order.reservationExpiresAt!)}; te guardamos los productos hasta entonces.`
    : 'La reserva de los productos ya venció; si aún los quieres, agrégalos de nuevo al carrito.';
  const email = await renderNoticeEmail(`${title} · Botica`, {
    preview: body,
    heading: title,
    greeting: `Hola, ${order.name.split(' ')[0]}:`,
    paragraphs: [body, `Total del pedido: ${formatCop(order.totalCents)}. No se hizo ningún cobro.`],
    cta: { label: stillOpen ? 'Pagar de nuevo' : 'Ver mi pedido', href: absoluteUrl(href) },
  });
  const dedupeKey = `payment-declined:${order.id}:${args.transactionId ?? args.status}`;
  const result = await db.transaction(async (tx) => {
    const created = await createNotifications(tx, [
      { userId: order.userId, kind: 'PAYMENT_DECLINED', dedupeKey, title, body, href },
    ]);
    const emailIds = await queueEmails(tx, [
      { dedupeKey, kind: 'PAYMENT_DECLINED', userId: order.userId, to: order.email, ...email },
    ]);
    return { notified: created > 0, emailIds };
  });
  if (result.notified) log.info({ orderId: order.id, userId: order.userId }, 'notification.payment_declined');
  return result;
}
