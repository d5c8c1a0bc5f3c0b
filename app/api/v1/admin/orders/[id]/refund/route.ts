import { getDb } from '@/db/client';
import { requireRole } from '@/lib/auth/guards';
import { apiRoute } from '@/lib/http/api-route';
import { resolveRefundDue } from '@/lib/returns/resolve-refund-due';

/** Settles a refund due (paid without stock, duplicate payment, cancelled after payment). ADMIN only. */
export const POST = apiRoute<{ id: string }>(async ({ params, readJson, log }) => {
  const admin = await requireRole('ADMIN');
  const result = await resolveRefundDue(getDb(), { orderId: params.id, actorId: admin.id, input: await readJson() });
  log.info({ ...result, actorId: admin.id }, 'refund.resolved');
  return Response.json(result);
});
