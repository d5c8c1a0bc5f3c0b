'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { action } from '@/lib/actions/action';
import { optionalText, text } from '@/lib/actions/form-fields';
import { getImageStorage } from '@/lib/admin/images/image-storage';
import { deleteProductImage, updateProductImage } from '@/lib/admin/images/product-images';

/** Alt text, order (`move` = up | down) or removal (`intent` = delete) of one gallery image. */
export const updateImageAction = action(
  {
    name: 'admin.update-image',
    auth: 'admin',
    schema: z.object({
      imageId: text,
      intent: optionalText,
      move: optionalText,
      alt: optionalText,
    }),
  },
  async ({ user, input: { imageId, intent, move, alt }, requestId }) => {
    const actor = { id: user.id, requestId };
    if (intent === 'delete') {
      await deleteProductImage(getDb(), { imageId, actor, storage: getImageStorage() });
      revalidatePath('/admin', 'layout');
      return { ok: true, message: 'Imagen eliminada.' };
    }
    await updateProductImage(getDb(), { imageId, input: move ? { move } : { alt: alt ?? null }, actor });
    revalidatePath('/admin', 'layout');
    return { ok: true, message: 'Imagen actualizada.' };
  },
);
