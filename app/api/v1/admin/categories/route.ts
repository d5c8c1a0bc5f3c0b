import { getDb } from '@/db/client';
import { listAdminCategories } from '@/lib/admin/categories/list-admin-categories';
import { createCategory } from '@/lib/admin/categories/save-category';
import { requireArea } from '@/lib/admin/shared/access';
import { apiRoute } from '@/lib/http/api-route';
import { revalidateCatalogTags } from '@/lib/catalog/door-tags';

export const GET = apiRoute(async () => {
  await requireArea('catalog');
  return Response.json({ items: await listAdminCategories(getDb()) });
});

export const POST = apiRoute(async ({ readJson, requestId }) => {
  const user = await requireArea('catalog');
  const row = await createCategory(getDb(), { input: await readJson(), actor: { id: user.id, requestId } });
  revalidateCatalogTags({ categories: true });
  return Response.json(row, { status: 201 });
});
