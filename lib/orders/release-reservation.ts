import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { orderItems, orders } from '@/db/schema';
import { recordMovements } from '@/lib/inventory/record-movement';
import { reverseOrderCredit } from '@/lib/credit/credit-ledger';
import { releaseVoucherRedemption } from '@/lib/vouchers/redeem-voucher';
import type { OrderRow } from './lock-order';

/**
 * Gives a pending order's reserved units, voucher use and spent store credit back. The caller holds the order's row
 * lock; `reservation_released_at` makes a second call a no-op, so racing cancels, expiries and
 * payments can never release twice. Returns whether this call released anything.
 */
export async function releaseReservation(
  tx: Db,
  order: OrderRow,
  args: { actorId?: string | null; note: string },
): Promise<boolean> {
  if (order.reservationReleasedAt || order.status !== 'PENDING_PAYMENT') return false;
  const items = await tx
    .select({ variantId: orderItems.variantId, quantity: orderItems.quantity })
    .from(orderItems)
    .where(eq(orderItems.orderId, order.id));
  // Voucher, then credit account, then variants: the lock order of checkout (lib/checkout/place-order.ts),
  // so a release and a checkout sharing a voucher and a variant cannot deadlock.
  await releaseVoucherRedemption(tx, order.id);
  await reverseOrderCredit(tx, order, args.note);
  await recordMovements(
    tx,
    items.map((i) => ({
      variantId: i.variantId,
      type: 'RESERVATION_RELEASE' as const,
      quantity: i.quantity,
      orderId: order.id,
      actorId: args.actorId ?? null,
      note: args.note,
    })),
  );
  await tx
    .update(orders)
    .set({ reservationReleasedAt: sql`now()` })
    .where(eq(orders.id, order.id));
  return true;
}
