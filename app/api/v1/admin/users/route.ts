import { getDb } from '@/db/client';
import { requireArea } from '@/lib/admin/shared/access';
import { searchParamsToObject } from '@/lib/admin/shared/list-query';
import { listAdminUsers } from '@/lib/admin/users/admin-users';
import { apiRoute } from '@/lib/http/api-route';

export const GET = apiRoute(async ({ req }) => {
  await requireArea('users');
  return Response.json(await listAdminUsers(getDb(), searchParamsToObject(req.nextUrl.searchParams)));
});
