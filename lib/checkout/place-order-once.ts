import type { Database } from '@/db/client';
import { enforceNamedRateLimit } from '@/lib/http/rate-limit-door';
import { assertIdempotencyKey, runIdempotent, type IdempotentResponse } from '@/lib/idempotency/run-idempotent';
import type { Logger } from '@/lib/logger';
import { requireTermsAcceptance } from '@/lib/legal/purchase-terms';
import { getOrderJsonForOwner } from '@/lib/orders/get-order-json';
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
    // Checked first: without the current purchase terms nothing is reserved (422 MKT-TERMS-REQUIRED).
    const terms = requireTermsAcceptance(order);
    const placed = await placeOrder(tx, { userId, input: order, terms });
    log.info({ orderId: placed.id, userId, totalCents: placed.totalCents }, 'order.created');
    if (door === 'web') return { status: 201, body: { orderId: placed.id } };
    const payment = placed.status === 'PENDING_PAYMENT' ? await createPaymentSessionForOrder(tx, placed) : null;
    return {
      status: 201,
      body: { order: await getOrderJsonForOwner(tx, { orderId: placed.id, ownerId: userId }), payment },
    };
  });
}
