import { getDb } from '@/db/client';
import { createProduct } from '@/lib/admin/products/create-product';
import { listAdminProducts } from '@/lib/admin/products/list-admin-products';
import { requireArea } from '@/lib/admin/shared/access';
import { searchParamsToObject } from '@/lib/admin/shared/list-query';
import { validationError } from '@/lib/errors';
import { apiRoute } from '@/lib/http/api-route';
import { jsonArrayFieldErrors } from '@/lib/validation/primitives';
import { revalidateCatalogTags } from '@/lib/catalog/door-tags';

export const GET = apiRoute(async ({ req }) => {
  await requireArea('catalog');
  return Response.json(await listAdminProducts(getDb(), searchParamsToObject(req.nextUrl.searchParams)));
});

export const POST = apiRoute(async ({ readJson, requestId, log }) => {
  const user = await requireArea('catalog');
  const input = await readJson();
  const listErrors = jsonArrayFieldErrors(input, ['tags']);
  if (listErrors) throw validationError(listErrors);
  const created = await createProduct(getDb(), { input, actor: { id: user.id, requestId } });
  revalidateCatalogTags({ productIds: [created.id] });
  log.info({ productId: created.id, userId: user.id }, 'admin.product_created');
  return Response.json(created, { status: 201 });
});
