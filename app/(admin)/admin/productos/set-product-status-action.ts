'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { setProductDeleted, updateProduct } from '@/lib/admin/products/update-product';
import { requireArea } from '@/lib/admin/shared/access';
import { adminActionContext, adminActionError } from '@/lib/admin/shared/action-result';
import { validationError } from '@/lib/errors';
import type { ActionState } from '@/lib/http/action-state';

const MESSAGES = {
  activate: 'Producto visible en la tienda.',
  deactivate: 'Producto oculto de la tienda.',
  delete: 'Producto eliminado. Puedes restaurarlo cuando quieras.',
  restore: 'Producto restaurado.',
} as const;

/** Visibility and soft delete from one small form: `intent` is activate, deactivate, delete or restore. */
export async function setProductStatusAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const ctx = adminActionContext('set-product-status');
  const intent = String(form.get('intent') ?? '');
  try {
    const user = await requireArea('catalog');
    const productId = String(form.get('productId') ?? '');
    const actor = { id: user.id, requestId: ctx.requestId };
    if (intent === 'activate' || intent === 'deactivate')
      await updateProduct(getDb(), { productId, input: { isActive: intent === 'activate' }, actor });
    else if (intent === 'delete' || intent === 'restore')
      await setProductDeleted(getDb(), { productId, deleted: intent === 'delete', actor });
    else throw validationError({ intent: 'Acción desconocida.' });
  } catch (error) {
    return adminActionError(error, ctx);
  }
  revalidatePath('/admin', 'layout');
  return { ok: true, message: MESSAGES[intent as keyof typeof MESSAGES] };
}
