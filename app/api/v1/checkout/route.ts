import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/guards';
import { placeOrder } from '@/lib/checkout/place-order';
import { env } from '@/lib/env';
import { apiRoute } from '@/lib/http/api-route';
import { requireTermsAcceptance } from '@/lib/legal/purchase-terms';
import { enforceRateLimit } from '@/lib/http/rate-limit-door';
import { assertIdempotencyKey, runIdempotent } from '@/lib/idempotency/run-idempotent';
import { getOrderJsonForOwner } from '@/lib/orders/get-order-json';
import { createPaymentSessionForOrder } from '@/lib/payments/create-payment-session';

/** Places the order and returns its Wompi payment data, once per Idempotency-Key (required). */
export const POST = apiRoute(async ({ req, readJson, log }) => {
  const user = await requireUser();
  const key = req.headers.get('idempotency-key');
  assertIdempotencyKey(key, true);
  await enforceRateLimit(`checkout:${user.id}`, env.RATE_LIMIT_CHECKOUT_PER_MIN);
  const body = await readJson();
  const result = await runIdempotent(getDb(), { scope: `checkout:${user.id}`, key: key!, body }, async (tx) => {
    // Checked first: without the current terms nothing is reserved (422 MKT-TERMS-REQUIRED).
    const terms = requireTermsAcceptance(body);
    const placed = await placeOrder(tx, { userId: user.id, input: body, terms });
    const payment = placed.status === 'PENDING_PAYMENT' ? await createPaymentSessionForOrder(tx, placed) : null;
    log.info({ orderId: placed.id, userId: user.id, totalCents: placed.totalCents }, 'order.created');
    return {
      status: 201,
      body: { order: await getOrderJsonForOwner(tx, { orderId: placed.id, ownerId: user.id }), payment },
    };
  });
  return new Response(result.body, {
    status: result.status,
    headers: { 'content-type': 'application/json', ...(result.replayed ? { 'idempotent-replayed': 'true' } : {}) },
  });
});
