import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/guards';
import { apiRoute } from '@/lib/http/api-route';
import { requestReturn } from '@/lib/returns/request-return';

export const POST = apiRoute<{ id: string }>(async ({ params, readJson, log }) => {
  const user = await requireUser();
  const created = await requestReturn(getDb(), { orderId: params.id, userId: user.id, input: await readJson(), log });
  log.info({ orderId: params.id, returnId: created.id }, 'return.requested');
  return Response.json(
    { id: created.id, orderId: created.orderId, status: created.status, createdAt: created.createdAt.toISOString() },
    { status: 201 },
  );
});
