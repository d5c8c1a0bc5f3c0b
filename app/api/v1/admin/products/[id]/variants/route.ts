import { getDb } from '@/db/client';
import { requireArea } from '@/lib/admin/shared/access';
import { addVariant } from '@/lib/admin/variants/add-variant';
import { apiRoute } from '@/lib/http/api-route';
import { revalidateCatalogTags } from '@/lib/catalog/door-tags';

export const POST = apiRoute<{ id: string }>(async ({ params, readJson, requestId }) => {
  const user = await requireArea('catalog');
  const variant = await addVariant(getDb(), {
    productId: params.id,
    input: await readJson(),
    actor: { id: user.id, requestId },
  });
  revalidateCatalogTags({ productIds: [params.id] });
  return Response.json(variant, { status: 201 });
});
