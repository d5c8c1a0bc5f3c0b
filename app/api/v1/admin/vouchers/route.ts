import { getDb } from '@/db/client';
import { requireArea } from '@/lib/admin/shared/access';
import { searchParamsToObject } from '@/lib/admin/shared/list-query';
import { listVouchers } from '@/lib/admin/vouchers/list-vouchers';
import { createVoucher } from '@/lib/admin/vouchers/save-voucher';
import { apiRoute } from '@/lib/http/api-route';

export const GET = apiRoute(async ({ req }) => {
  await requireArea('vouchers');
  return Response.json(await listVouchers(getDb(), searchParamsToObject(req.nextUrl.searchParams)));
});

export const POST = apiRoute(async ({ readJson, requestId }) => {
  const user = await requireArea('vouchers');
  return Response.json(await createVoucher(getDb(), { input: await readJson(), actor: { id: user.id, requestId } }), {
    status: 201,
  });
});
