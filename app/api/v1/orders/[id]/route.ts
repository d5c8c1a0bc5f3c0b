import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/guards';
import { apiRoute } from '@/lib/http/api-route';
import { getOrderJsonForOwner } from '@/lib/orders/get-order-json';

export const GET = apiRoute<{ id: string }>(async ({ params }) => {
  const user = await requireUser();
  return Response.json(await getOrderJsonForOwner(getDb(), { orderId: params.id, ownerId: user.id }));
});
