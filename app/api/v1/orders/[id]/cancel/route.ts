import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/guards';
import { apiRoute } from '@/lib/http/api-route';
import { cancelOrderByCustomer } from '@/lib/orders/cancel-order';
import { getOrderJsonForOwner } from '@/lib/orders/get-order-json';

export const POST = apiRoute<{ id: string }>(async ({ params, log, readJson }) => {
  const user = await requireUser();
  const input = await readJson();
  await cancelOrderByCustomer(getDb(), { orderId: params.id, userId: user.id, input, log });
  return Response.json(await getOrderJsonForOwner(getDb(), { orderId: params.id, ownerId: user.id }));
});
