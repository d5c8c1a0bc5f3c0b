import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/guards';
import { apiRoute } from '@/lib/http/api-route';
import { cancelOrderByCustomer } from '@/lib/orders/cancel-order';
import { cancelOrderBodySchema } from '@/lib/orders/cancel-order-schema';
import { getOrderForOwner } from '@/lib/orders/get-order';
import { orderToJson } from '@/lib/orders/order-json';
import { parseInput } from '@/lib/validation';

export const POST = apiRoute<{ id: string }>(async ({ params, readJson, log }) => {
  const user = await requireUser();
  parseInput(cancelOrderBodySchema, await readJson());
  await cancelOrderByCustomer(getDb(), { orderId: params.id, userId: user.id, log });
  return Response.json(orderToJson(await getOrderForOwner(getDb(), { orderId: params.id, ownerId: user.id })));
});
