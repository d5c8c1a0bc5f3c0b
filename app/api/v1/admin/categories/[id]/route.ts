import { getDb } from '@/db/client';
import { getAdminCategory } from '@/lib/admin/categories/list-admin-categories';
import { deleteCategory, updateCategory } from '@/lib/admin/categories/save-category';
import { requireArea } from '@/lib/admin/shared/access';
import { apiRoute } from '@/lib/http/api-route';
import { revalidateCatalogTags } from '@/lib/catalog/door-tags';

type Params = { id: string };

/** Any of `{ name, slug, description, sortOrder, isActive }`; `{ isActive: false }` hides it from the store. */
export const PATCH = apiRoute<Params>(async ({ params, readJson, requestId }) => {
  const user = await requireArea('catalog');
  await updateCategory(getDb(), { categoryId: params.id, input: await readJson(), actor: { id: user.id, requestId } });
  revalidateCatalogTags({ categories: true });
  return Response.json(await getAdminCategory(getDb(), params.id));
});

/** 200 `{ id, deleted: true }`; a category with products is 409 MKT-CATEGORY-IN-USE with `details.products`. */
export const DELETE = apiRoute<Params>(async ({ params, requestId }) => {
  const user = await requireArea('catalog');
  await deleteCategory(getDb(), { categoryId: params.id, actor: { id: user.id, requestId } });
  revalidateCatalogTags({ categories: true });
  return Response.json({ id: params.id, deleted: true });
});
