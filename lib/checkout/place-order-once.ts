import type { Database } from '@/db/client';
import { enforceNamedRateLimit } from '@/lib/http/rate-limit-door';
import { assertIdempotencyKey, runIdempotent, type IdempotentResponse } from '@/lib/idempotency/run-idempotent';
import type { Logger } from '@/lib/logger';
import { getOrderForOwner } from '@/lib/orders/get-order';
import { orderToJson } from '@/lib/orders/order-json';
import { createPaymentSessionForOrder } from '@/lib/payments/create-payment-session';
import { placeOrder } from './place-order';

/**
 * What each door stores as the key's answer: the web form needs only the new order's id (it redirects
 * there), the JSON API answers the order and its Wompi payment data.
 */
export type CheckoutDoor = 'web' | 'api';

/**
 * The checkout sequence both doors run, after they have checked the session: the Idempotency-Key,
 * the per-user checkout budget, then `placeOrder` at most once per key. The transaction is opened by
 * `runIdempotent` (lib/idempotency/run-idempotent.ts): the key's claim, the order and the stored
 * answer commit together. Each door has its own key scope because they store different answers, so
 * a key never replays the other door's answer.
 */
export async function placeOrderOnce(
  db: Database,
  args: { userId: string; key: string | null; readOrder: () => Promise<unknown>; door: CheckoutDoor; log: Logger },
): Promise<IdempotentResponse> {
  const { userId, door, log } = args;
  assertIdempotencyKey(args.key, true);
  await enforceNamedRateLimit('checkout', { userId, ip: '' });
  // Read after the cheap refusals, as a route handler reads its body.
  const order = await args.readOrder();
  const scope = door === 'web' ? `checkout-web:${userId}` : `checkout:${userId}`;
  return runIdempotent(db, { scope, key: args.key!, body: order }, async (tx) => {
    const placed = await placeOrder(tx, { userId, input: order });
    log.info({ orderId: placed.id, userId, totalCents: placed.totalCents }, 'order.created');
    if (door === 'web') return { status: 201, body: { orderId: placed.id } };
    const payment = placed.status === 'PENDING_PAYMENT' ? await createPaymentSessionForOrder(tx, placed) : null;
    const saved = await getOrderForOwner(tx, { orderId: placed.id, ownerId: userId });
    return { status: 201, body: { order: orderToJson(saved), payment } };
  });
}
