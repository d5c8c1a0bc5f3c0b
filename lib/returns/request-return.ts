import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { orderItems, orderReturns, returnItems } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { withRetry } from '@/lib/db/with-retry';
import { AppError } from '@/lib/errors';
import type { Logger } from '@/lib/logger';
import { lockOrder, orderNotFound } from '@/lib/orders/lock-order';
import { invalidTransition, transitionOrder } from '@/lib/orders/transition-order';
import { getStoreSettings } from '@/lib/settings/store-settings';
import { parseInput } from '@/lib/validation';
import { requestReturnSchema } from './return-schemas';
import { isWithinReturnWindow } from './return-window';

const quantityError = (message: string, details: Record<string, unknown> = {}) =>
  new AppError({ code: 'MKT-RETURN-QUANTITY', status: 422, message, details });

/**
 * A customer asks to return some units of a DELIVERED order (or a REFUNDED one after a partial
 * return) within the window. Checks ownership (404), status (409 MKT-STATE), window (422
 * MKT-RETURN-WINDOW) and quantities against what was bought minus what was already returned (422
 * MKT-RETURN-QUANTITY), then RETURN_REQUESTED. The order row lock serialises requests and decisions,
 * only one request is open at a time (partial unique index), and `order_items_returned_range` caps
 * approved units at what was bought, so concurrent requests can never return more than that.
 */
export async function requestReturn(
  db: Database,
  args: { orderId: string; userId: string; input: unknown; now?: Date; log?: Logger },
) {
  const input = parseInput(requestReturnSchema, args.input);
  return withRetry(() =>
    db.transaction(async (tx) => {
      const order = await lockOrder(tx, { orderId: args.orderId, ownerId: args.userId });
      if (!order) throw orderNotFound();
      // DELIVERED, or REFUNDED after an earlier partial return: the rest may still come back (one open at a time).
      const canAsk = order.status === 'DELIVERED' || order.status === 'REFUNDED';
      if (!canAsk || !order.deliveredAt) throw invalidTransition(order, 'RETURN_REQUESTED');
      const settings = await getStoreSettings(tx);
      if (!isWithinReturnWindow(order.deliveredAt, settings.returnWindowDays, args.now)) {
        throw new AppError({
          code: 'MKT-RETURN-WINDOW',
          status: 422,
          message: `El plazo para devoluciones es de ${settings.returnWindowDays} días desde la entrega y ya pasó.`,
          details: { returnWindowDays: settings.returnWindowDays },
        });
      }
      const lines = await tx.select().from(orderItems).where(eq(orderItems.orderId, order.id));
      if (lines.every((l) => l.quantity - l.quantityReturned <= 0))
        throw quantityError('Ya devolviste todas las unidades de este pedido.');
      const byId = new Map(lines.map((l) => [l.id, l]));
      const seen = new Set<string>();
      for (const item of input.items) {
        const line = byId.get(item.orderItemId);
        if (!line) throw quantityError('Ese producto no pertenece a este pedido.', { orderItemId: item.orderItemId });
        if (seen.has(item.orderItemId))
          throw quantityError('Cada producto va una sola vez en la solicitud.', { orderItemId: item.orderItemId });
        seen.add(item.orderItemId);
        const returnable = line.quantity - line.quantityReturned;
        if (item.quantity > returnable) {
          throw quantityError(`De «${line.productName}» puedes devolver hasta ${returnable} unidades.`, {
            orderItemId: line.id,
            returnable,
            requested: item.quantity,
          });
        }
      }
      const [created] = await tx
        .insert(orderReturns)
        .values({ orderId: order.id, reason: input.reason, requestedBy: args.userId })
        .returning();
      if (!created) throw new Error('return insert returned no row');
      await tx
        .insert(returnItems)
        .values(
          input.items.map((i) => ({ returnId: created.id, orderItemId: i.orderItemId, quantityRequested: i.quantity })),
        );
      await transitionOrder(tx, {
        order,
        to: 'RETURN_REQUESTED',
        actor: { type: 'CUSTOMER', id: args.userId },
        reason: input.reason,
        log: args.log,
      });
      await recordAudit(tx, {
        actorId: args.userId,
        action: 'return.requested',
        entityType: 'order',
        entityId: order.id,
        after: { returnId: created.id, items: input.items, reason: input.reason },
      });
      return created;
    }),
  );
}
