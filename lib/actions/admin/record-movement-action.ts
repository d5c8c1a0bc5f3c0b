'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { action } from '@/lib/actions/action';
import { text } from '@/lib/actions/form-fields';
import { recordStockMovement } from '@/lib/admin/inventory/record-stock-movement';
import { formDataToObject } from '@/lib/admin/shared/form-input';
import { updateCatalogTags } from '@/lib/catalog/door-tags';

/** Restock or adjustment from the inventory page; the service validates the movement. */
export const recordMovementAction = action(
  { name: 'admin.record-movement', auth: 'staff', schema: z.object({ variantId: text }) },
  async ({ user, input: { variantId }, form, requestId }) => {
    const { variantId: _id, ...input } = formDataToObject(form);
    const result = await recordStockMovement(getDb(), { variantId, input, actor: { id: user.id, requestId } });
    updateCatalogTags({ variantIds: [variantId], stockOnly: true });
    revalidatePath('/admin', 'layout');
    return {
      ok: true,
      message: `Listo: ahora hay ${result.available} disponibles (${result.stock} en stock, ${result.reservedStock} reservadas).`,
    };
  },
);
