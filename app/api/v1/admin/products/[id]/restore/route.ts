import { getDb } from '@/db/client';
import { getAdminProduct } from '@/lib/admin/products/get-admin-product';
import { setProductDeleted } from '@/lib/admin/products/update-product';
import { requireArea } from '@/lib/admin/shared/access';
import { apiRoute } from '@/lib/http/api-route';
import { revalidateCatalogTags } from '@/lib/catalog/door-tags';

export const POST = apiRoute<{ id: string }>(async ({ params, requestId }) => {
  const user = await requireArea('catalog');
  await setProductDeleted(getDb(), { productId: params.id, deleted: false, actor: { id: user.id, requestId } });
  revalidateCatalogTags({ productIds: [params.id] });
  return Response.json(await getAdminProduct(getDb(), params.id));
});
