import { getDb } from '@/db/client';
import { getAdminOrder } from '@/lib/admin/orders/get-admin-order';
import { transitionAdminOrder } from '@/lib/admin/orders/transition-admin-order';
import { requireArea } from '@/lib/admin/shared/access';
import { apiRoute } from '@/lib/http/api-route';

/** `{ to, trackingNumber?, reason? }`; a transition the state machine does not allow is 409 MKT-STATE. */
export const POST = apiRoute<{ id: string }>(async ({ params, readJson, requestId, log }) => {
  const user = await requireArea('orders');
  await transitionAdminOrder(getDb(), {
    orderId: params.id,
    input: await readJson(),
    actor: { id: user.id, requestId },
    log,
  });
  return Response.json(await getAdminOrder(getDb(), params.id));
});
