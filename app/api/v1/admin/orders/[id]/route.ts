import { getDb } from '@/db/client';
import { getAdminOrder } from '@/lib/admin/orders/get-admin-order';
import { requireArea } from '@/lib/admin/shared/access';
import { apiRoute } from '@/lib/http/api-route';

export const GET = apiRoute<{ id: string }>(async ({ params }) => {
  await requireArea('orders');
  return Response.json(await getAdminOrder(getDb(), params.id));
});
