import type { Database } from '@/db/client';
import { enforceNamedRateLimit } from '@/lib/http/rate-limit-door';
import { assertIdempotencyKey, runIdempotent, type IdempotentResponse } from '@/lib/idempotency/run-idempotent';
import type { Logger } from '@/lib/logger';
import { requireTermsAcceptance } from '@/lib/legal/purchase-terms';
import { getOrderJsonForOwner } from '@/lib/orders/get-order-json';
import { createPaymentSessionForOrder } from '@/lib/payments/create-payment-session';
import { writeUnreservedOrder } from './place-order';

/**
 * What each door stores as the key's answer: the web form needs only the new order's id (it redirects
 * there), the JSON API answers the order and its Wompi payment data.
 */
export type CheckoutDoor = 'web' | 'api';

/**
 * The checkout sequence both doors run, after they have checked the session: the Idempotency-Key,
 * the per-user checkout budget, then the order (`placeOrder`'s two steps) at most once per key. The transaction is opened by
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
  return runIdempotent(db, { scope, key: args.key!, body: order }, async (tx, { storeAnswer }) => {
    // Checked first: without the current purchase terms nothing is reserved (422 MKT-TERMS-REQUIRED).
    const terms = requireTermsAcceptance(order);
    const unreserved = await writeUnreservedOrder(tx, { userId, input: order, terms });
    const orderId = unreserved.order.id;
    const created = async () => {
      await unreserved.reserve();
      log.info({ orderId, userId, totalCents: unreserved.order.totalCents }, 'order.created');
    };
    const composeApiAnswer = async () => {
      const payment = await createPaymentSessionForOrder(tx, unreserved.order);
      return { status: 201, body: { order: await getOrderJsonForOwner(tx, { orderId, ownerId: userId }), payment } };
    };
    if (door === 'api' && unreserved.order.totalCents === 0) {
      // Captured (PAID) by the reservation: the answer shows the order as it is after it.
      await created();
      const json = await getOrderJsonForOwner(tx, { orderId, ownerId: userId });
      return { status: 201, body: { order: json, payment: null } };
    }
    // The answer (the web form's order id; the API's payment data and order, which the reservation does not
    // change) is composed and stored BEFORE the reservation, so a hot variant's row lock is held only for
    // the reservation itself, the savepoint's release and the commit (lib/inventory/reserve-stock.ts). A
    // refused reservation rolls the stored answer back with the order, and the refusal is stored instead.
    const answer = door === 'web' ? { status: 201, body: { orderId } } : await composeApiAnswer();
    await storeAnswer(answer);
    await created();
    return answer;
  });
}
