import { getDb } from '@/db/client';
import { removeCartItem, updateCartItem } from '@/lib/cart/update-cart-item';
import { apiRoute } from '@/lib/http/api-route';
import { writeCartActor, cartViewFor } from '@/lib/http/cart-door';

type Params = { itemId: string };

export const PATCH = apiRoute<Params>(async ({ req, params, readJson }) => {
  const { owner, isVip } = await writeCartActor(req.headers);
  await updateCartItem(getDb(), { owner, isVip, itemId: params.itemId, input: await readJson() });
  return Response.json(await cartViewFor(owner, isVip));
});

export const DELETE = apiRoute<Params>(async ({ req, params }) => {
  const { owner, isVip } = await writeCartActor(req.headers);
  await removeCartItem(getDb(), { owner, itemId: params.itemId });
  return Response.json(await cartViewFor(owner, isVip));
});
