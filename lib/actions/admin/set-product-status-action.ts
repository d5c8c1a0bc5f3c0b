'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { action } from '@/lib/actions/action';
import { text } from '@/lib/actions/form-fields';
import { setProductDeleted, updateProduct } from '@/lib/admin/products/update-product';
import { updateCatalogTags } from '@/lib/catalog/door-tags';

const MESSAGES = {
  activate: 'Producto visible en la tienda.',
  deactivate: 'Producto oculto de la tienda.',
  delete: 'Producto eliminado. Puedes restaurarlo cuando quieras.',
  restore: 'Producto restaurado.',
} as const;

/** Visibility and soft delete from one small form: `intent` is activate, deactivate, delete or restore. */
export const setProductStatusAction = action(
  {
    name: 'admin.set-product-status',
    auth: 'admin',
    schema: z.object({
      productId: text,
      intent: z.enum(['activate', 'deactivate', 'delete', 'restore'], { error: 'Acción desconocida.' }),
    }),
  },
  async ({ user, input: { productId, intent }, requestId }) => {
    const actor = { id: user.id, requestId };
    if (intent === 'activate' || intent === 'deactivate')
      await updateProduct(getDb(), { productId, input: { isActive: intent === 'activate' }, actor });
    else await setProductDeleted(getDb(), { productId, deleted: intent === 'delete', actor });
    updateCatalogTags({ productIds: [productId] });
    revalidatePath('/admin', 'layout');
    return { ok: true, message: MESSAGES[intent] };
  },
);
