'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { recordStockMovement } from '@/lib/admin/inventory/record-stock-movement';
import { requireArea } from '@/lib/admin/shared/access';
import { adminActionContext, adminActionError } from '@/lib/admin/shared/action-result';
import { formDataToObject } from '@/lib/admin/shared/form-input';
import type { ActionState } from '@/lib/http/action-state';

/** Restock or adjustment from the inventory page; STAFF and ADMIN. */
export async function recordMovementAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const ctx = adminActionContext('record-movement');
  try {
    const user = await requireArea('inventory');
    const { variantId, ...input } = formDataToObject(form);
    const result = await recordStockMovement(getDb(), {
      variantId: String(variantId ?? ''),
      input,
      actor: { id: user.id, requestId: ctx.requestId },
    });
    revalidatePath('/admin', 'layout');
    return {
      ok: true,
      message: `Listo: ahora hay ${result.available} disponibles (${result.stock} en stock, ${result.reservedStock} reservadas).`,
    };
  } catch (error) {
    return adminActionError(error, ctx);
  }
}
