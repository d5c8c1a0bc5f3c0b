import { getDb } from '@/db/client';
import { listAuditLog } from '@/lib/admin/audit/list-audit-log';
import { requireArea } from '@/lib/admin/shared/access';
import { searchParamsToObject } from '@/lib/admin/shared/list-query';
import { apiRoute } from '@/lib/http/api-route';

/** `actor` (id, email or name), `entity` (type, id or `type:id`), `action`, `from`, `to`, `page`. */
export const GET = apiRoute(async ({ req }) => {
  await requireArea('audit');
  return Response.json(await listAuditLog(getDb(), searchParamsToObject(req.nextUrl.searchParams)));
});
