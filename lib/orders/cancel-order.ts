import type { Database } from '@/db/client';
import type { Logger } from '@/lib/logger';
import { withRetry } from '@/lib/db/with-retry';
import { parseInput } from '@/lib/validation';
import { cancelOrderBodySchema } from './cancel-order-schema';
import { cancelPaidOrder } from './cancel-paid-order';
import { lockOrder, orderNotFound, type OrderRow } from './lock-order';
import { releaseReservation } from './release-reservation';
import { transitionOrder, invalidTransition } from './transition-order';

/**
 * A shopper cancels their own order. While PENDING_PAYMENT the reservation and voucher use go back;
 * while PAID (before preparation starts) `cancelPaidOrder` restocks and refunds as chosen. Someone
 * else's order is 404; any other status is 409 MKT-STATE.
 */
export async function cancelOrderByCustomer(
  db: Database,
  args: { orderId: string; userId: string; input?: unknown; log?: Logger },
): Promise<OrderRow> {
  const { refund } = parseInput(cancelOrderBodySchema, args.input ?? {});
  return withRetry(() =>
    db.transaction(async (tx) => {
      const order = await lockOrder(tx, { orderId: args.orderId, ownerId: args.userId });
      if (!order) throw orderNotFound();
      if (order.status === 'PAID') return cancelPaidOrder(tx, order, { userId: args.userId, refund, log: args.log });
      if (order.status !== 'PENDING_PAYMENT') throw invalidTransition(order, 'CANCELLED');
      await releaseReservation(tx, order, { actorId: args.userId, note: 'Cancelado por el cliente' });
      return transitionOrder(tx, {
        order,
        to: 'CANCELLED',
        actor: { type: 'CUSTOMER', id: args.userId },
        reason: 'Cancelado por el cliente',
        patch: { cancelledAt: new Date(), cancellationReason: 'CUSTOMER', reservationExpiresAt: null },
        log: args.log,
      });
    }),
  );
}
