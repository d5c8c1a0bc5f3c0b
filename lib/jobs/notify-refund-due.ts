import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { orders } from '@/db/schema';
import { todayInBogota } from '@/lib/auth/vip';
import { queueEmails } from '@/lib/email/queue-email';
import { absoluteUrl, renderNoticeEmail } from '@/lib/email/render-email';
import { logger, type Logger } from '@/lib/logger';
import { formatCop } from '@/lib/money';
import { createNotifications } from '@/lib/notifications/create-notifications';
import { listStaffRecipients } from '@/lib/notifications/list-staff-recipients';
import { listRefundsDue } from '@/lib/returns/list-returns';

const REFUND_QUEUE = '/admin/devoluciones';

const ISSUE_LABEL: Record<string, string> = {
  PAID_WITHOUT_STOCK: 'pagó sin stock disponible',
  DUPLICATE_PAYMENT: 'pagó dos veces',
  PAID_AFTER_CANCELLATION: 'pagó un pedido ya cancelado',
  FRAUD_REVIEW_PAYMENT: 'pagó un pedido en revisión',
  AMOUNT_MISMATCH: 'pagó un monto distinto al del pedido',
  CANCELLED_AFTER_PAYMENT: 'pedido pagado y cancelado por la tienda',
  CANCELLED_BY_CUSTOMER: 'canceló un pedido pagado y pidió el reembolso a su medio de pago',
};

/** Staff get a bell notice when the store comes to owe a shopper money (one per order and reason). */
export async function notifyRefundDue(
  db: Database,
  args: { orderId: string; issue: string; amountCents: number; log?: Logger },
): Promise<number> {
  const log = args.log ?? logger;
  const [order] = await db.select({ number: orders.number }).from(orders).where(eq(orders.id, args.orderId));
  if (!order) return 0;
  const staff = await listStaffRecipients(db);
  const title = `Reembolso pendiente: pedido #${order.number}`;
  const body = `Se deben ${formatCop(args.amountCents)}: el cliente ${ISSUE_LABEL[args.issue] ?? args.issue}.`;
  const created = await createNotifications(
    db,
    staff.map((s) => ({
      userId: s.id,
      kind: 'REFUND_DUE' as const,
      dedupeKey: `refund-due:${args.orderId}:${args.issue}`,
      title,
      body,
      href: REFUND_QUEUE,
    })),
  );
  if (created > 0)
    log.info({ orderId: args.orderId, issue: args.issue, staff: staff.length }, 'notification.refund_due');
  return created;
}

/**
 * Daily, for STAFF and ADMIN: every refund still owed (bell + email), keyed by the Bogotá date so a
 * second run the same day adds nothing; nothing on a day when nothing is owed.
 */
export async function sendRefundDueDigest(
  db: Database,
  args: { now?: Date; log?: Logger } = {},
): Promise<{ day: string; owed: number; emailIds: string[] }> {
  const log = args.log ?? logger;
  const day = todayInBogota(args.now);
  const due = await listRefundsDue(db, { limit: 100 });
  if (due.length === 0) return { day, owed: 0, emailIds: [] };
  const total = due.reduce((s, d) => s + d.refundDueCents, 0);
  const title = `Reembolsos pendientes: ${due.length} (${formatCop(total)})`;
  const body = `Al ${day} la tienda debe estos reembolsos. Resuélvelos en Devoluciones.`;
  const staff = await listStaffRecipients(db);
  const email = await renderNoticeEmail(`${title} · Botica`, {
    preview: body,
    heading: 'Reembolsos pendientes',
    greeting: 'Hola, equipo:',
    paragraphs: [body],
    items: due.map(
      (d) =>
        `Pedido #${d.number} · ${d.customerName}: ${formatCop(d.refundDueCents)} (${ISSUE_LABEL[d.paymentIssue ?? ''] ?? d.paymentIssue ?? 'sin motivo'})`,
    ),
    cta: { label: 'Abrir devoluciones', href: absoluteUrl(REFUND_QUEUE) },
  });
  const dedupeKey = `refund-due-digest:${day}`;
  const emailIds = await db.transaction(async (tx) => {
    await createNotifications(
      tx,
      staff.map((s) => ({
        userId: s.id,
        kind: 'REFUND_DUE_DIGEST' as const,
        dedupeKey,
        title,
        body,
        href: REFUND_QUEUE,
      })),
    );
    return queueEmails(
      tx,
      staff.map((s) => ({
        dedupeKey: `${dedupeKey}:${s.id}`,
        kind: 'REFUND_DUE_DIGEST' as const,
        userId: s.id,
        to: s.email,
        ...email,
      })),
    );
  });
  log.info({ day, owed: due.length, queued: emailIds.length }, 'refund.due_digest');
  return { day, owed: due.length, emailIds };
}
