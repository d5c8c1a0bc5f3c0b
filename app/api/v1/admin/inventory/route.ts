import { getDb } from '@/db/client';
import { listStock } from '@/lib/admin/inventory/list-stock';
import { requireArea } from '@/lib/admin/shared/access';
import { searchParamsToObject } from '@/lib/admin/shared/list-query';
import { checkInventory } from '@/lib/inventory/check-inventory';
import { validationError } from '@/lib/errors';
import { apiRoute } from '@/lib/http/api-route';

/** The stock table (`filter=low|out`, `q`, `sort`, `page`), plus the ledger check when `check=true`. */
export const GET = apiRoute(async ({ req }) => {
  await requireArea('inventory');
  const { check, ...query } = searchParamsToObject(req.nextUrl.searchParams);
  if (check !== undefined && check !== 'true' && check !== 'false')
    throw validationError({ check: 'Usa true o false.' });
  const stock = await listStock(getDb(), query);
  return Response.json(check === 'true' ? { ...stock, mismatches: await checkInventory(getDb()) } : stock);
});
