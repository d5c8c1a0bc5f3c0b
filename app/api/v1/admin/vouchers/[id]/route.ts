import { getDb } from '@/db/client';
import { requireArea } from '@/lib/admin/shared/access';
import { getVoucher } from '@/lib/admin/vouchers/list-vouchers';
import { updateVoucher } from '@/lib/admin/vouchers/save-voucher';
import { apiRoute } from '@/lib/http/api-route';

type Params = { id: string };

export const GET = apiRoute<Params>(async ({ params }) => {
  await requireArea('vouchers');
  return Response.json(await getVoucher(getDb(), params.id));
});

/** Any voucher field; `{ isActive: false }` deactivates it. */
export const PATCH = apiRoute<Params>(async ({ params, readJson, requestId }) => {
  const user = await requireArea('vouchers');
  await updateVoucher(getDb(), { voucherId: params.id, input: await readJson(), actor: { id: user.id, requestId } });
  return Response.json(await getVoucher(getDb(), params.id));
});
