import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/guards';
import { apiRoute } from '@/lib/http/api-route';
import { getOrderForOwner } from '@/lib/orders/get-order';
import { orderToJson } from '@/lib/orders/order-json';

export const GET = apiRoute<{ id: string }>(async ({ params }) => {
  const user = await requireUser();
  return Response.json(orderToJson(await getOrderForOwner(getDb(), { orderId: params.id, ownerId: user.id })));
});
