import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { orderItems, paymentTransactions } from '@/db/schema';
import { invalidateCatalog } from '@/lib/catalog/cache-tags';
import { addCreditEntry, reverseOrderCredit } from '@/lib/credit/credit-ledger';
import { revokeVipCashback } from '@/lib/credit/vip-cashback';
import { recordMovements } from '@/lib/inventory/record-movement';
import { logger, type Logger } from '@/lib/logger';
import { formatCop } from '@/lib/money';
import { createNotifications } from '@/lib/notifications/create-notifications';
import { listStaffRecipients } from '@/lib/notifications/list-staff-recipients';
import { owe } from '@/lib/payments/apply-payment-transaction';
import { releaseVoucherRedemption } from '@/lib/vouchers/redeem-voucher';
import type { OrderRow } from './lock-order';
import { transitionOrder } from './transition-order';

export type CancelRefund = 'STORE_CREDIT' | 'ORIGINAL_METHOD';

export const CANCEL_REFUND_LABEL: Record<CancelRefund, string> = {
  STORE_CREDIT: 'saldo a favor',
  ORIGINAL_METHOD: 'reembolso al medio de pago original',
};

/**
 * The owner cancels a PAID order (before preparation starts), under the order's row lock held by the
 * caller. The sold units go back on the shelf through the stock ledger (RETURN movements), the voucher
 * use and any store credit the order spent come back, and what was paid through Wompi becomes store
 * credit at once or, when the shopper asks for it, money owed through `owe()` so it lands in the staff
 * refund queue. Staff get a bell notice either way.
 */
export async function cancelPaidOrder(
  tx: Db,
  order: OrderRow,
  args: { userId: string; refund: CancelRefund; log?: Logger },
): Promise<OrderRow> {
  const log = args.log ?? logger;
  const label = `Pedido #${order.number} cancelado por el cliente`;
  const items = await tx
    .select({ variantId: orderItems.variantId, quantity: orderItems.quantity, returned: orderItems.quantityReturned })
    .from(orderItems)
    .where(eq(orderItems.orderId, order.id));
  await releaseVoucherRedemption(tx, order.id);
  await reverseOrderCredit(tx, order, label);
  const paid = order.totalCents;
  const updated = await transitionOrder(tx, {
    order,
    to: 'CANCELLED',
    actor: { type: 'CUSTOMER', id: args.userId },
    reason: paid > 0 ? `Cancelado por el cliente; devolución: ${CANCEL_REFUND_LABEL[args.refund]}` : label,
    patch: { cancelledAt: new Date(), cancellationReason: 'CUSTOMER', reservationExpiresAt: null },
    log,
  });
  if (paid > 0 && args.refund === 'STORE_CREDIT') {
    await addCreditEntry(tx, {
      userId: order.userId,
      kind: 'REFUND',
      amountCents: paid,
      orderId: order.id,
      actorId: args.userId,
      reason: `${label}: lo pagado queda como saldo a favor`,
    });
  } else if (paid > 0) {
    const [approved] = await tx
      .select({ id: paymentTransactions.providerTransactionId })
      .from(paymentTransactions)
      .where(eq(paymentTransactions.orderId, order.id))
      .orderBy(paymentTransactions.createdAt)
      .limit(1);
    await owe(tx, updated, {
      issue: 'CANCELLED_BY_CUSTOMER',
      amountCents: paid,
      transactionId: approved?.id ?? `cancel-${order.id}`,
      log,
    });
  }
  await revokeVipCashback(tx, order, `${label}: se retira el cashback VIP no usado`);
  // Variants last: the lock order of checkout (voucher → credit account → variants).
  await recordMovements(
    tx,
    items
      .filter((i) => i.quantity - i.returned > 0)
      .map((i) => ({
        variantId: i.variantId,
        type: 'RETURN' as const,
        quantity: i.quantity - i.returned,
        orderId: order.id,
        actorId: args.userId,
        note: label,
      })),
  );
  const staff = await listStaffRecipients(tx);
  const refundText =
    paid === 0
      ? 'Se pagó solo con saldo a favor, que ya se devolvió.'
      : args.refund === 'STORE_CREDIT'
        ? `${formatCop(paid)} quedaron como saldo a favor del cliente.`
        : `El cliente pidió el reembolso de ${formatCop(paid)} al medio de pago original: está en la cola de reembolsos.`;
  await createNotifications(
    tx,
    staff.map((s) => ({
      userId: s.id,
      kind: 'STAFF_NOTICE' as const,
      dedupeKey: `order-cancelled-paid:${order.id}`,
      title: `Pedido #${order.number} cancelado por el cliente`,
      body: `Las unidades volvieron al inventario. ${refundText}`,
      href: `/admin/pedidos/${order.id}`,
    })),
  );
  await invalidateCatalog({ variantIds: items.map((i) => i.variantId) }, { db: tx });
  return updated;
}
