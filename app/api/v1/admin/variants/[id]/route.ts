import { getDb } from '@/db/client';
import { requireArea } from '@/lib/admin/shared/access';
import { getAdminVariant } from '@/lib/admin/variants/get-admin-variant';
import { updateVariant } from '@/lib/admin/variants/update-variant';
import { apiRoute } from '@/lib/http/api-route';
import { revalidateCatalogTags } from '@/lib/catalog/door-tags';

type Params = { id: string };

/** The variant with its price history and lowest price of the last 30 days. */
export const GET = apiRoute<Params>(async ({ params }) => {
  await requireArea('catalog');
  return Response.json(await getAdminVariant(getDb(), params.id));
});

export const PATCH = apiRoute<Params>(async ({ params, readJson, requestId }) => {
  const user = await requireArea('catalog');
  await updateVariant(getDb(), { variantId: params.id, input: await readJson(), actor: { id: user.id, requestId } });
  revalidateCatalogTags({ variantIds: [params.id] });
  return Response.json(await getAdminVariant(getDb(), params.id));
});
