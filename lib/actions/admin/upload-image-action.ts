'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { action } from '@/lib/actions/action';
import { optionalText, text } from '@/lib/actions/form-fields';
import { getImageStorage } from '@/lib/admin/images/image-storage';
import { IMAGE_MAX_BYTES } from '@/lib/admin/images/image-rules';
import { uploadProductImage } from '@/lib/admin/images/product-images';
import { validationError } from '@/lib/errors';

/** One image for a product's gallery; the service checks the bytes (format, size) again. */
export const uploadImageAction = action(
  {
    name: 'admin.upload-image',
    auth: 'admin',
    schema: z.object({ productId: text, alt: optionalText }),
  },
  async ({ user, input: { productId, alt }, form, requestId }) => {
    const file = form.get('image');
    if (!(file instanceof File) || file.size === 0) throw validationError({ image: 'Elige una imagen.' });
    // Refused before reading it into memory.
    if (file.size > IMAGE_MAX_BYTES)
      throw validationError({ image: `La imagen pesa ${(file.size / 1024 / 1024).toFixed(1)} MB; el máximo es 5 MB.` });
    await uploadProductImage(getDb(), {
      productId,
      bytes: new Uint8Array(await file.arrayBuffer()),
      alt: alt ?? null,
      actor: { id: user.id, requestId },
      storage: getImageStorage(),
    });
    revalidatePath('/admin', 'layout');
    return { ok: true, message: 'Imagen agregada.' };
  },
);
