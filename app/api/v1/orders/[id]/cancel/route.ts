import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/guards';
import { apiRoute } from '@/lib/http/api-route';
import { cancelOrderByCustomer } from '@/lib/orders/cancel-order';
import { getOrderForOwner } from '@/lib/orders/get-order';
import { orderToJson } from '@/lib/orders/order-json';

export const POST = apiRoute<{ id: string }>(async ({ params, log }) => {
  const user = await requireUser();
  await cancelOrderByCustomer(getDb(), { orderId: params.id, userId: user.id, log });
  return Response.json(orderToJson(await getOrderForOwner(getDb(), { orderId: params.id, ownerId: user.id })));
});
