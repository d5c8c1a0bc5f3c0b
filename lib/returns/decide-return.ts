import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { orderItems, orderReturns, returnItems } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { addCreditEntry } from '@/lib/credit/credit-ledger';
import { revokeVipCashback } from '@/lib/credit/vip-cashback';
import { withRetry } from '@/lib/db/with-retry';
import { AppError } from '@/lib/errors';
import { recordMovements } from '@/lib/inventory/record-movement';
import type { Logger } from '@/lib/logger';
import { lockOrder, orderNotFound } from '@/lib/orders/lock-order';
import { invalidTransition, transitionOrder } from '@/lib/orders/transition-order';
import { parseInput } from '@/lib/validation';
import { computeReturnRefund } from './compute-refund';
import { returnDecisionSchema } from './return-schemas';

/**
 * An admin approves (possibly fewer units, each line restocked or written off) or rejects the open
 * return of an order. The order row lock and the RETURN_REQUESTED check make two admins deciding at
 * once apply once: the second gets 409 MKT-STATE. Approval refunds store credit (default) or records a
 * manual refund's reference, and moves the order RETURN_APPROVED → REFUNDED.
 */
export async function decideReturn(
  db: Database,
  args: { orderId: string; actorId: string; input: unknown; log?: Logger },
) {
  const input = parseInput(returnDecisionSchema, args.input);
  return withRetry(() =>
    db.transaction(async (tx) => {
      const order = await lockOrder(tx, { orderId: args.orderId });
      if (!order) throw orderNotFound();
      if (order.status !== 'RETURN_REQUESTED')
        throw invalidTransition(order, input.decision === 'APPROVE' ? 'RETURN_APPROVED' : 'RETURN_REJECTED');
      const [request] = await tx
        .select()
        .from(orderReturns)
        .where(and(eq(orderReturns.orderId, order.id), eq(orderReturns.status, 'REQUESTED')))
        .for('update');
      if (!request) throw invalidTransition(order, 'RETURN_APPROVED');
      const actor = { type: 'STAFF' as const, id: args.actorId };

      if (input.decision === 'REJECT') {
        await tx
          .update(orderReturns)
          .set({ status: 'REJECTED', decidedBy: args.actorId, decidedAt: sql`now()`, decisionReason: input.reason })
          .where(eq(orderReturns.id, request.id));
        await transitionOrder(tx, { order, to: 'RETURN_REJECTED', actor, reason: input.reason, log: args.log });
        await recordAudit(tx, {
          actorId: args.actorId,
          action: 'return.rejected',
          entityType: 'order',
          entityId: order.id,
          after: { returnId: request.id, reason: input.reason },
        });
        return { ...request, status: 'REJECTED' as const, refundCents: 0 };
      }

      const requested = await tx
        .select({
          id: returnItems.id,
          orderItemId: returnItems.orderItemId,
          quantityRequested: returnItems.quantityRequested,
          line: orderItems,
        })
        .from(returnItems)
        .innerJoin(orderItems, eq(orderItems.id, returnItems.orderItemId))
        .where(eq(returnItems.returnId, request.id));
      const decisions = new Map((input.items ?? []).map((i) => [i.orderItemId, i]));
      for (const id of decisions.keys()) {
        if (!requested.some((r) => r.orderItemId === id))
          throw new AppError({
            code: 'MKT-RETURN-QUANTITY',
            status: 422,
            message: 'Esa línea no está en la solicitud.',
            details: { orderItemId: id },
          });
      }
      const approved = requested.map((r) => {
        const decision = decisions.get(r.orderItemId);
        const quantity = decision?.quantity ?? r.quantityRequested;
        if (quantity > r.quantityRequested) {
          throw new AppError({
            code: 'MKT-RETURN-QUANTITY',
            status: 422,
            message: `No puedes aprobar más de ${r.quantityRequested} unidades de «${r.line.productName}».`,
            details: { orderItemId: r.orderItemId },
          });
        }
        return { ...r, quantity, restock: decision?.restock ?? true };
      });

      for (const a of approved) {
        await tx
          .update(returnItems)
          .set({ quantityApproved: a.quantity, restock: a.restock })
          .where(eq(returnItems.id, a.id));
        if (a.quantity > 0)
          await tx
            .update(orderItems)
            .set({ quantityReturned: sql`${orderItems.quantityReturned} + ${a.quantity}` })
            .where(eq(orderItems.id, a.orderItemId));
      }
      const allLines = await tx
        .select({ lineTotalCents: orderItems.lineTotalCents })
        .from(orderItems)
        .where(eq(orderItems.orderId, order.id));
      const refundCents = computeReturnRefund({
        lines: approved.map((a) => ({
          quantity: a.line.quantity,
          lineTotalCents: a.line.lineTotalCents,
          approvedQuantity: a.quantity,
        })),
        goodsTotalCents: allLines.reduce((s, l) => s + l.lineTotalCents, 0),
        voucherDiscountCents: order.voucherDiscountCents,
      });
      if (refundCents > 0 && input.refund === 'STORE_CREDIT') {
        await addCreditEntry(tx, {
          userId: order.userId,
          kind: 'REFUND',
          amountCents: refundCents,
          orderId: order.id,
          actorId: args.actorId,
          reason: `Devolución del pedido #${order.number}`,
        });
      }
      // Fully refunded (every unit back): the unspent VIP cashback of the order is taken back.
      const remaining = await tx
        .select({ left: sql<number>`${orderItems.quantity} - ${orderItems.quantityReturned}` })
        .from(orderItems)
        .where(eq(orderItems.orderId, order.id));
      if (remaining.every((r) => Number(r.left) <= 0))
        await revokeVipCashback(
          tx,
          order,
          `Pedido #${order.number} devuelto por completo: se retira el cashback VIP no usado`,
        );
      // Variants after the credit account: the lock order of checkout (lib/checkout/place-order.ts).
      const restocked = approved.filter((a) => a.quantity > 0 && a.restock);
      await recordMovements(
        tx,
        restocked.map((a) => ({
          variantId: a.line.variantId,
          type: 'RETURN' as const,
          quantity: a.quantity,
          orderId: order.id,
          actorId: args.actorId,
          note: 'Devolución aprobada',
        })),
      );

      await tx
        .update(orderReturns)
        .set({
          status: 'APPROVED',
          decidedBy: args.actorId,
          decidedAt: sql`now()`,
          decisionReason: input.reason ?? null,
          refundMethod: input.refund,
          refundReference: input.refundReference ?? null,
          refundCents,
        })
        .where(eq(orderReturns.id, request.id));
      const approvedOrder = await transitionOrder(tx, {
        order,
        to: 'RETURN_APPROVED',
        actor,
        reason: input.reason ?? 'Devolución aprobada',
        log: args.log,
      });
      await transitionOrder(tx, {
        order: approvedOrder,
        to: 'REFUNDED',
        actor,
        reason:
          input.refund === 'STORE_CREDIT'
            ? 'Reembolso como saldo a favor'
            : `Reembolso manual (${input.refundReference})`,
        log: args.log,
      });
      await recordAudit(tx, {
        actorId: args.actorId,
        action: 'return.approved',
        entityType: 'order',
        entityId: order.id,
        after: {
          returnId: request.id,
          refundCents,
          refund: input.refund,
          refundReference: input.refundReference ?? null,
          items: approved.map((a) => ({ orderItemId: a.orderItemId, quantity: a.quantity, restock: a.restock })),
        },
      });
      return { ...request, status: 'APPROVED' as const, refundCents };
    }),
  );
}
