import { getDb } from '@/db/client';
import { getImageStorage } from '@/lib/admin/images/image-storage';
import { IMAGE_MAX_BYTES } from '@/lib/admin/images/image-rules';
import { uploadProductImage } from '@/lib/admin/images/product-images';
import { requireArea } from '@/lib/admin/shared/access';
import { validationError } from '@/lib/errors';
import { apiRoute } from '@/lib/http/api-route';
import { readMultipartForm } from '@/lib/http/read-multipart';

/**
 * Uploads one image to a product's gallery (multipart `file`, `alt`, optional `variantId` and `isPrimary`). Images have their own door: server
 * actions are capped at 128 KiB (next.config.js), and this one streams at most an image's size plus the
 * form's overhead before refusing with 413 (lib/http/read-body.ts).
 */
export const POST = apiRoute<{ id: string }>(async ({ req, params, requestId }) => {
  const user = await requireArea('catalog');
  const form = await readMultipartForm(req, IMAGE_MAX_BYTES + 64 * 1024);
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0) throw validationError({ file: 'Elige una imagen.' });
  const image = await uploadProductImage(getDb(), {
    productId: params.id,
    bytes: new Uint8Array(await file.arrayBuffer()),
    alt: form.get('alt') ?? null,
    variantId: form.get('variantId') ?? undefined,
    isPrimary: form.get('isPrimary') ?? undefined,
    actor: { id: user.id, requestId },
    storage: getImageStorage(),
  });
  return Response.json(image, { status: 201 });
});
