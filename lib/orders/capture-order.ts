import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { orderItems } from '@/db/schema';
import { recordMovements } from '@/lib/inventory/record-movement';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Logger } from '@/lib/logger';
import { retakeVoucherRedemption } from '@/lib/vouchers/redeem-voucher';
import type { OrderRow } from './lock-order';
import { transitionOrder, type OrderActor } from './transition-order';

/**
 * Turns a pending order's reservation into a sale (#4): reserved −= qty and stock −= qty through SALE
 * ledger rows, then PAID. The caller holds the order lock and has checked that the order still holds
 * its reservation; the variants are locked in id order by recordMovements.
 */
export async function captureOrder(
  tx: Db,
  args: { order: OrderRow; actor: OrderActor; reason: string; latePayment?: boolean; log?: Logger },
): Promise<OrderRow> {
  const items = await tx
    .select({ variantId: orderItems.variantId, quantity: orderItems.quantity })
    .from(orderItems)
    .where(eq(orderItems.orderId, args.order.id));
  await recordMovements(
    tx,
    items.map((i) => ({
      variantId: i.variantId,
      type: 'SALE' as const,
      quantity: i.quantity,
      orderId: args.order.id,
      note: args.reason,
    })),
  );
  return transitionOrder(tx, {
    order: args.order,
    to: 'PAID',
    actor: args.actor,
    reason: args.reason,
    latePayment: args.latePayment,
    patch: { paidAt: new Date(), reservationExpiresAt: null },
    log: args.log,
  });
}

/**
 * An approval that arrives after expiry or cancel released the stock: reserve again if every line is
 * available now (in a savepoint, so a shortage rolls back only the attempt) and capture. Returns null
 * when the stock is gone; the caller records the refund due.
 */
export async function captureLatePayment(
  tx: Db,
  args: { order: OrderRow; actor: OrderActor; log?: Logger },
): Promise<OrderRow | null> {
  const items = await tx
    .select({ variantId: orderItems.variantId, quantity: orderItems.quantity })
    .from(orderItems)
    .where(eq(orderItems.orderId, args.order.id));
  try {
    await tx.transaction(async (savepoint) => {
      await recordMovements(
        savepoint,
        items.map((i) => ({
          variantId: i.variantId,
          type: 'RESERVATION' as const,
          quantity: i.quantity,
          orderId: args.order.id,
          note: 'Reserva de nuevo por pago tardío',
        })),
      );
    });
  } catch (error) {
    if ((error as { code?: string }).code === 'MKT-STOCK') return null;
    throw error;
  }
  // After the variants (the checkout's lock order: variants, then voucher).
  const voucher = await retakeVoucherRedemption(tx, args.order.id);
  if (voucher?.overLimit) {
    await recordAudit(tx, {
      actorId: null,
      action: 'voucher.over_limit',
      entityType: 'order',
      entityId: args.order.id,
      after: { voucherCode: args.order.voucherCode, reason: 'late payment after the voucher was used up' },
    });
    args.log?.warn({ orderId: args.order.id, voucherCode: args.order.voucherCode }, 'voucher.over_limit');
  }
  return captureOrder(tx, {
    order: args.order,
    actor: args.actor,
    reason: 'Pago aprobado después del vencimiento; stock disponible',
    latePayment: true,
    log: args.log,
  });
}
