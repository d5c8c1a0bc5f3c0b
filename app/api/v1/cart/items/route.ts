import { getDb } from '@/db/client';
import { addCartItem } from '@/lib/cart/add-cart-item';
import { getCartView } from '@/lib/cart/get-cart-view';
import { apiRoute } from '@/lib/http/api-route';
import { writeCartActor, idempotencyScope } from '@/lib/http/cart-door';
import { assertIdempotencyKey, runIdempotent } from '@/lib/idempotency/run-idempotent';

/** Adds to the existing line. With Idempotency-Key (#8) a repeated request adds once and replays the first answer. */
export const POST = apiRoute(async ({ req, readJson, log }) => {
  const { owner, isVip } = await writeCartActor(req.headers);
  const body = await readJson();
  const key = req.headers.get('idempotency-key');
  const add = async (db: Parameters<typeof addCartItem>[0]) => {
    const result = await addCartItem(db, { owner, isVip, input: body });
    log.info({ cartId: result.cartId, itemId: result.itemId, quantity: result.quantity }, 'cart.item_added');
    return { status: 201, body: await getCartView(db, { owner, isVip }) };
  };
  if (!assertIdempotencyKey(key, false)) {
    const result = await add(getDb());
    return Response.json(result.body, { status: result.status });
  }
  const result = await runIdempotent(getDb(), { scope: idempotencyScope(owner), key, body }, add);
  return new Response(result.body, {
    status: result.status,
    headers: { 'content-type': 'application/json', ...(result.replayed ? { 'idempotent-replayed': 'true' } : {}) },
  });
});
