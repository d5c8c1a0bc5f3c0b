import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '@/db/client';
import { orders } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { addCreditEntry } from '@/lib/credit/credit-ledger';
import { AppError } from '@/lib/errors';
import { lockOrder, orderNotFound } from '@/lib/orders/lock-order';
import { enqueueEvent } from '@/lib/outbox/enqueue-event';
import { parseInput } from '@/lib/validation';
import { payRefund } from './refund-ledger';

export const resolveRefundSchema = z
  .object({ method: z.enum(['STORE_CREDIT', 'MANUAL']), reference: z.string().trim().max(200).optional() })
  .refine((v) => v.method === 'STORE_CREDIT' || Boolean(v.reference), {
    path: ['reference'],
    message: 'Anota la referencia del reembolso manual.',
  });

/**
 * Settles money the store owes on an order (paid without stock, paid twice, cancelled after payment):
 * as store credit, or as a manual refund with its reference. Once: a second call finds nothing due (409),
 * and the ledger (lib/returns/refund-ledger.ts) refuses a second payment of the same amounts anyway.
 */
export async function resolveRefundDue(db: Database, args: { orderId: string; actorId: string; input: unknown }) {
  const input = parseInput(resolveRefundSchema, args.input);
  return db.transaction(async (tx) => {
    const order = await lockOrder(tx, { orderId: args.orderId });
    if (!order) throw orderNotFound();
    // refund_due_cents is the ledger's OWED − PAID (kept by the database), read under the order lock.
    if (order.refundDueCents <= 0) {
      throw new AppError({ code: 'MKT-STATE', status: 409, message: 'Este pedido no tiene un reembolso pendiente.' });
    }
    await payRefund(tx, {
      orderId: order.id,
      amountCents: order.refundDueCents,
      method: input.method,
      reference: input.reference,
      actorId: args.actorId,
    });
    if (input.method === 'STORE_CREDIT') {
      await addCreditEntry(tx, {
        userId: order.userId,
        kind: 'COMPENSATION',
        amountCents: order.refundDueCents,
        orderId: order.id,
        actorId: args.actorId,
        reason: `Reembolso del pedido #${order.number}`,
      });
    }
    await tx
      .update(orders)
      .set({ refundResolvedAt: sql`now()`, updatedAt: sql`now()` })
      .where(eq(orders.id, order.id));
    await recordAudit(tx, {
      actorId: args.actorId,
      action: 'refund.resolved',
      entityType: 'order',
      entityId: order.id,
      before: { refundDueCents: order.refundDueCents, paymentIssue: order.paymentIssue },
      after: { method: input.method, reference: input.reference ?? null },
    });
    await enqueueEvent(tx, {
      name: 'order/refund.resolved',
      eventId: `refund-resolved:${order.id}:${order.updatedAt.toISOString()}`,
      payload: { orderId: order.id, userId: order.userId, amountCents: order.refundDueCents, method: input.method },
    });
    return { orderId: order.id, refundedCents: order.refundDueCents, method: input.method };
  });
}
