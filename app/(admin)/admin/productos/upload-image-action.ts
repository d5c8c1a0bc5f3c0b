'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { getImageStorage } from '@/lib/admin/images/image-storage';
import { IMAGE_MAX_BYTES } from '@/lib/admin/images/image-rules';
import { uploadProductImage } from '@/lib/admin/images/product-images';
import { requireArea } from '@/lib/admin/shared/access';
import { adminActionContext, adminActionError } from '@/lib/admin/shared/action-result';
import { validationError } from '@/lib/errors';
import type { ActionState } from '@/lib/http/action-state';

export async function uploadImageAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const ctx = adminActionContext('upload-image');
  try {
    const user = await requireArea('catalog');
    const file = form.get('image');
    if (!(file instanceof File) || file.size === 0) throw validationError({ image: 'Elige una imagen.' });
    // Refused before reading it into memory; the service checks the bytes again.
    if (file.size > IMAGE_MAX_BYTES)
      throw validationError({ image: `La imagen pesa ${(file.size / 1024 / 1024).toFixed(1)} MB; el máximo es 5 MB.` });
    const bytes = new Uint8Array(await file.arrayBuffer());
    await uploadProductImage(getDb(), {
      productId: String(form.get('productId') ?? ''),
      bytes,
      alt: form.get('alt'),
      actor: { id: user.id, requestId: ctx.requestId },
      storage: getImageStorage(),
    });
  } catch (error) {
    return adminActionError(error, ctx);
  }
  revalidatePath('/admin', 'layout');
  return { ok: true, message: 'Imagen agregada.' };
}
