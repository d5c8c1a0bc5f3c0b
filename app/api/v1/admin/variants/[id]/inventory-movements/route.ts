import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { productVariants } from '@/db/schema';
import { listMovements } from '@/lib/admin/inventory/list-movements';
import { recordStockMovement } from '@/lib/admin/inventory/record-stock-movement';
import { requireArea } from '@/lib/admin/shared/access';
import { searchParamsToObject } from '@/lib/admin/shared/list-query';
import { variantNotFound } from '@/lib/admin/variants/update-variant';
import { apiRoute } from '@/lib/http/api-route';
import { isUuid } from '@/lib/validation';
import { revalidateCatalogTags } from '@/lib/catalog/door-tags';

type Params = { id: string };

/** The variant's ledger, newest first. */
export const GET = apiRoute<Params>(async ({ params, req }) => {
  await requireArea('inventory');
  // An unknown parent is 404, never an empty list (issue #21 finding 7).
  if (!isUuid(params.id)) throw variantNotFound();
  const [variant] = await getDb()
    .select({ id: productVariants.id })
    .from(productVariants)
    .where(eq(productVariants.id, params.id));
  if (!variant) throw variantNotFound();
  return Response.json(
    await listMovements(getDb(), { variantId: params.id, query: searchParamsToObject(req.nextUrl.searchParams) }),
  );
});

/** `{ type: "RESTOCK" | "ADJUSTMENT", quantity, note }` → 201 with the new stock, reserved and available. */
export const POST = apiRoute<Params>(async ({ params, readJson, requestId }) => {
  const user = await requireArea('inventory');
  const result = await recordStockMovement(getDb(), {
    variantId: params.id,
    input: await readJson(),
    actor: { id: user.id, requestId },
  });
  revalidateCatalogTags({ variantIds: [params.id], stockOnly: true });
  return Response.json(result, { status: 201 });
});
