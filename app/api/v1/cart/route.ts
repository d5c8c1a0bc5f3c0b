import { apiRoute } from '@/lib/http/api-route';
import { readCartActor, cartViewFor } from '@/lib/http/cart-door';

export const GET = apiRoute(async () => {
  const { owner, isVip } = await readCartActor();
  return Response.json(await cartViewFor(owner, isVip));
});
