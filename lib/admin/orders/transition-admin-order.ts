import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, Tx } from '@/db/client';
import { orderItems, orderStatus } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { invalidateCatalog } from '@/lib/catalog/cache-tags';
import { reverseOrderCredit } from '@/lib/credit/credit-ledger';
import { revokeVipCashback } from '@/lib/credit/vip-cashback';
import { withRetry } from '@/lib/db/with-retry';
import { recordMovements } from '@/lib/inventory/record-movement';
import type { Logger } from '@/lib/logger';
import { lockOrder, orderNotFound, type OrderRow } from '@/lib/orders/lock-order';
import { releaseReservation } from '@/lib/orders/release-reservation';
import { invalidTransition, transitionOrder } from '@/lib/orders/transition-order';
import { oweRefund } from '@/lib/returns/refund-ledger';
import { releaseVoucherRedemption } from '@/lib/vouchers/redeem-voucher';
import type { AdminActor } from '@/lib/admin/shared/admin-actor';
import { parseInput } from '@/lib/validation';
import { staffTransitionsFor } from './staff-transitions';

export const staffTransitionSchema = z
  .object({
    to: z.enum(orderStatus.enumValues, { error: 'Elige a qué estado pasa el pedido.' }),
    trackingNumber: z.string().trim().max(80, { error: 'La guía tiene máximo 80 caracteres.' }).optional(),
    reason: z.string().trim().max(300, { error: 'El motivo tiene máximo 300 caracteres.' }).optional(),
  })
  .superRefine((input, ctx) => {
    if (input.to === 'SHIPPED' && !input.trackingNumber)
      ctx.addIssue({ code: 'custom', path: ['trackingNumber'], message: 'Escribe el número de guía del envío.' });
  });

/**
 * A staff member moves an order along the state machine (issue 7). Only the transitions the table
 * allows *and* that belong to staff are accepted; anything else is 409 MKT-STATE, never a direct
 * status write. Each goes through `transitionOrder` (compare-and-set, history, outbox notification)
 * with its side effects in the same transaction:
 * - SHIPPED stores the tracking number; DELIVERED stamps `delivered_at`;
 * - cancelling a pending order releases its reservation (stock, voucher, credit);
 * - cancelling a paid order puts every unit back with RETURN movements, gives back the voucher use
 *   and the store credit it spent, and records the card amount as owed (a ledger row, lib/returns/refund-ledger.ts;
 *   CANCELLED_AFTER_PAYMENT) so it shows in the refund queue. How it is refunded is the refund desk's call.
 */
export async function transitionAdminOrder(
  db: Database,
  args: { orderId: string; input: unknown; actor: AdminActor; log?: Logger },
): Promise<OrderRow> {
  const input = parseInput(staffTransitionSchema, args.input);
  return withRetry(() =>
    db.transaction(async (tx) => {
      const order = await lockOrder(tx, { orderId: args.orderId });
      if (!order) throw orderNotFound();
      if (!(staffTransitionsFor(order.status) as string[]).includes(input.to)) throw invalidTransition(order, input.to);
      const reason = input.reason || null;
      const actor = { type: 'STAFF' as const, id: args.actor.id };
      let updated: OrderRow;
      if (input.to === 'CANCELLED') {
        updated = await cancelByStaff(tx, order, {
          actorId: args.actor.id,
          reason: reason ?? 'Cancelado por la tienda',
          log: args.log,
        });
      } else {
        const patch =
          input.to === 'SHIPPED'
            ? { trackingNumber: input.trackingNumber }
            : input.to === 'DELIVERED'
              ? { deliveredAt: new Date() }
              : {};
        updated = await transitionOrder(tx, { order, to: input.to, actor, reason, patch, log: args.log });
      }
      await recordAudit(tx, {
        actorId: args.actor.id,
        action: 'order.transition',
        entityType: 'order',
        entityId: order.id,
        before: { status: order.status, trackingNumber: order.trackingNumber, refundDueCents: order.refundDueCents },
        after: {
          status: updated.status,
          trackingNumber: updated.trackingNumber,
          refundDueCents: updated.refundDueCents,
          reason,
        },
        requestId: args.actor.requestId,
      });
      return updated;
    }),
  );
}

async function cancelByStaff(
  tx: Tx,
  order: OrderRow,
  args: { actorId: string; reason: string; log?: Logger },
): Promise<OrderRow> {
  const actor = { type: 'STAFF' as const, id: args.actorId };
  const items = await tx
    .select({ variantId: orderItems.variantId, quantity: orderItems.quantity, returned: orderItems.quantityReturned })
    .from(orderItems)
    .where(eq(orderItems.orderId, order.id));
  const variantIds = items.map((i) => i.variantId);
  const base = { cancelledAt: new Date(), cancellationReason: 'STAFF', reservationExpiresAt: null };

  if (order.status === 'PENDING_PAYMENT') {
    await releaseReservation(tx, order, { actorId: args.actorId, note: args.reason });
    const updated = await transitionOrder(tx, {
      order,
      to: 'CANCELLED',
      actor,
      reason: args.reason,
      patch: base,
      log: args.log,
    });
    await invalidateCatalog({ variantIds }, { db: tx });
    return updated;
  }
  if (order.status !== 'PAID' && order.status !== 'PREPARING') throw invalidTransition(order, 'CANCELLED');

  await releaseVoucherRedemption(tx, order.id);
  await reverseOrderCredit(tx, order, `Pedido #${order.number} cancelado por la tienda`);
  await revokeVipCashback(
    tx,
    order,
    `Pedido #${order.number} cancelado por la tienda: se retira el cashback VIP no usado`,
  );
  // The sale already took these units out of stock; they go back on the shelf. Variants last: the
  // lock order of checkout (voucher → credit account → variants).
  await recordMovements(
    tx,
    items
      .filter((i) => i.quantity - i.returned > 0)
      .map((i) => ({
        variantId: i.variantId,
        type: 'RETURN' as const,
        quantity: i.quantity - i.returned,
        orderId: order.id,
        actorId: args.actorId,
        note: `Pedido #${order.number} cancelado por la tienda`,
      })),
  );
  // The card amount is owed as a ledger row (lib/returns/refund-ledger.ts): an amount already settled
  // on this order (a duplicate payment) stays settled and is not paid again.
  await oweRefund(tx, {
    orderId: order.id,
    amountCents: order.totalCents,
    sourceKey: 'cancel',
    reason: 'CANCELLED_AFTER_PAYMENT',
    actorId: args.actorId,
  });
  const updated = await transitionOrder(tx, {
    order,
    to: 'CANCELLED',
    actor,
    reason: args.reason,
    patch: {
      ...base,
      ...(order.totalCents > 0
        ? {
            paymentIssue: 'CANCELLED_AFTER_PAYMENT',
            refundResolvedAt: null,
          }
        : {}),
    },
    log: args.log,
  });
  await invalidateCatalog({ variantIds }, { db: tx });
  return updated;
}
