import { getDb } from '@/db/client';
import { getAdminProduct } from '@/lib/admin/products/get-admin-product';
import { setProductDeleted, updateProduct } from '@/lib/admin/products/update-product';
import { requireArea } from '@/lib/admin/shared/access';
import { validationError } from '@/lib/errors';
import { apiRoute } from '@/lib/http/api-route';
import { jsonArrayFieldErrors } from '@/lib/validation/primitives';
import { revalidateCatalogTags } from '@/lib/catalog/door-tags';

type Params = { id: string };

export const GET = apiRoute<Params>(async ({ params }) => {
  await requireArea('catalog');
  return Response.json(await getAdminProduct(getDb(), params.id));
});

export const PATCH = apiRoute<Params>(async ({ params, readJson, requestId }) => {
  const user = await requireArea('catalog');
  const input = await readJson();
  const listErrors = jsonArrayFieldErrors(input, ['tags']);
  if (listErrors) throw validationError(listErrors);
  await updateProduct(getDb(), { productId: params.id, input, actor: { id: user.id, requestId } });
  revalidateCatalogTags({ productIds: [params.id] });
  return Response.json(await getAdminProduct(getDb(), params.id));
});

/** Soft delete: the product disappears from the shop and stays restorable. */
export const DELETE = apiRoute<Params>(async ({ params, requestId }) => {
  const user = await requireArea('catalog');
  await setProductDeleted(getDb(), { productId: params.id, deleted: true, actor: { id: user.id, requestId } });
  revalidateCatalogTags({ productIds: [params.id] });
  return Response.json(await getAdminProduct(getDb(), params.id));
});
