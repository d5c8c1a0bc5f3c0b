import { getDb } from '@/db/client';
import { listAdminOrders } from '@/lib/admin/orders/list-admin-orders';
import { requireArea } from '@/lib/admin/shared/access';
import { searchParamsToObject } from '@/lib/admin/shared/list-query';
import { apiRoute } from '@/lib/http/api-route';

/** `status`, `from`, `to` (Bogotá dates), `delivery`, `q` (id, number, email, payment reference), `queue=fulfilment|refund-due|fraud`, `sort`, `page`. */
export const GET = apiRoute(async ({ req }) => {
  await requireArea('orders');
  return Response.json(await listAdminOrders(getDb(), searchParamsToObject(req.nextUrl.searchParams)));
});
