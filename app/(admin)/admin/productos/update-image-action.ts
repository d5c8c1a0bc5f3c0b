'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { getImageStorage } from '@/lib/admin/images/image-storage';
import { deleteProductImage, updateProductImage } from '@/lib/admin/images/product-images';
import { requireArea } from '@/lib/admin/shared/access';
import { adminActionContext, adminActionError } from '@/lib/admin/shared/action-result';
import type { ActionState } from '@/lib/http/action-state';

/** Alt text, order (`move` = up | down) or removal (`intent` = delete) of one gallery image. */
export async function updateImageAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const ctx = adminActionContext('update-image');
  try {
    const user = await requireArea('catalog');
    const imageId = String(form.get('imageId') ?? '');
    const actor = { id: user.id, requestId: ctx.requestId };
    if (form.get('intent') === 'delete') {
      await deleteProductImage(getDb(), { imageId, actor, storage: getImageStorage() });
      revalidatePath('/admin', 'layout');
      return { ok: true, message: 'Imagen eliminada.' };
    }
    const move = form.get('move');
    await updateProductImage(getDb(), { imageId, input: move ? { move } : { alt: form.get('alt') }, actor });
  } catch (error) {
    return adminActionError(error, ctx);
  }
  revalidatePath('/admin', 'layout');
  return { ok: true, message: 'Imagen actualizada.' };
}
