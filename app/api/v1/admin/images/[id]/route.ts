import { getDb } from '@/db/client';
import { getImageStorage } from '@/lib/admin/images/image-storage';
import { deleteProductImage, updateProductImage } from '@/lib/admin/images/product-images';
import { requireArea } from '@/lib/admin/shared/access';
import { apiRoute } from '@/lib/http/api-route';

type Params = { id: string };

/**
 * Any of `{ alt, variantId (null: the whole product), isPrimary: true, position | move }`; 200 with the
 * image. Making one image primary un-marks the previous one in the same transaction.
 */
export const PATCH = apiRoute<Params>(async ({ params, readJson, requestId }) => {
  const user = await requireArea('catalog');
  const image = await updateProductImage(getDb(), {
    imageId: params.id,
    input: await readJson(),
    actor: { id: user.id, requestId },
  });
  return Response.json(image);
});

/** 200 `{ id, deleted: true }`; deleting the primary makes the next image primary. */
export const DELETE = apiRoute<Params>(async ({ params, requestId }) => {
  const user = await requireArea('catalog');
  await deleteProductImage(getDb(), {
    imageId: params.id,
    actor: { id: user.id, requestId },
    storage: getImageStorage(),
  });
  return Response.json({ id: params.id, deleted: true });
});
