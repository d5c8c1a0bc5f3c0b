import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/guards';
import { placeOrderOnce } from '@/lib/checkout/place-order-once';
import { apiRoute } from '@/lib/http/api-route';

/** Places the order and returns its Wompi payment data, once per Idempotency-Key (required). */
export const POST = apiRoute(async ({ req, readJson, log }) => {
  const user = await requireUser();
  const key = req.headers.get('idempotency-key');
  const result = await placeOrderOnce(getDb(), { userId: user.id, key, readOrder: readJson, door: 'api', log });
  return new Response(result.body, {
    status: result.status,
    headers: { 'content-type': 'application/json', ...(result.replayed ? { 'idempotent-replayed': 'true' } : {}) },
  });
});
