import { getDb } from '@/db/client';
import { requireRole } from '@/lib/auth/guards';
import { apiRoute } from '@/lib/http/api-route';
import { decideReturn } from '@/lib/returns/decide-return';

/** Refunds move money: ADMIN only. */
export const POST = apiRoute<{ id: string }>(async ({ params, readJson, log }) => {
  const admin = await requireRole('ADMIN');
  const result = await decideReturn(getDb(), { orderId: params.id, actorId: admin.id, input: await readJson(), log });
  log.info(
    { orderId: params.id, status: result.status, refundCents: result.refundCents, actorId: admin.id },
    'return.decided',
  );
  return Response.json({
    id: result.id,
    orderId: result.orderId,
    status: result.status,
    refundCents: result.refundCents,
  });
});
