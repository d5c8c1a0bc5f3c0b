'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { action } from '@/lib/actions/action';
import { optionalText, text } from '@/lib/actions/form-fields';
import { getImageStorage } from '@/lib/admin/images/image-storage';
import { deleteProductImage, updateProductImage } from '@/lib/admin/images/product-images';

/**
 * One gallery image: `intent` = delete | primary (make it the product's primary image) | save (alt text
 * and variant), or `move` = up | down. Uploads have their own door (POST /api/v1/admin/products/{id}/images).
 */
export const updateImageAction = action(
  {
    name: 'admin.update-image',
    auth: 'admin',
    schema: z.object({
      imageId: text,
      intent: optionalText,
      move: optionalText,
      alt: optionalText,
      variantId: optionalText,
    }),
  },
  async ({ user, input: { imageId, intent, move, alt, variantId }, requestId }) => {
    const actor = { id: user.id, requestId };
    if (intent === 'delete') {
      await deleteProductImage(getDb(), { imageId, actor, storage: getImageStorage() });
      revalidatePath('/admin', 'layout');
      return { ok: true, message: 'Imagen eliminada.' };
    }
    const input = move
      ? { move }
      : intent === 'primary'
        ? { isPrimary: true }
        : { alt: alt ?? null, ...(variantId !== undefined ? { variantId } : {}) };
    await updateProductImage(getDb(), { imageId, input, actor });
    revalidatePath('/admin', 'layout');
    return {
      ok: true,
      message:
        intent === 'primary' ? 'Imagen principal actualizada.' : move ? 'Orden actualizado.' : 'Imagen actualizada.',
    };
  },
);
