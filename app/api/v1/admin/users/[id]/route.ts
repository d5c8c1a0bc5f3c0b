import { getDb } from '@/db/client';
import { requireArea } from '@/lib/admin/shared/access';
import { updateAdminUser } from '@/lib/admin/users/admin-users';
import { apiRoute } from '@/lib/http/api-route';

/** `{ role?, vipUntil? }`: ADMIN only, like every users endpoint. */
export const PATCH = apiRoute<{ id: string }>(async ({ params, readJson, requestId }) => {
  const user = await requireArea('users');
  return Response.json(
    await updateAdminUser(getDb(), { userId: params.id, input: await readJson(), actor: { id: user.id, requestId } }),
  );
});
