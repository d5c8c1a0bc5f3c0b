'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { requireArea } from '@/lib/admin/shared/access';
import { adminActionContext, adminActionError } from '@/lib/admin/shared/action-result';
import { convertPesoFields, formDataToObject } from '@/lib/admin/shared/form-input';
import { updateVariant } from '@/lib/admin/variants/update-variant';
import type { ActionState } from '@/lib/http/action-state';

/**
 * The edit form sends the whole variant: blank weight, dimensions or tiers clear them; a blank VIP
 * price means "the configured %" and the "sin precio VIP" box removes it.
 */
export async function updateVariantAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const ctx = adminActionContext('update-variant');
  try {
    const user = await requireArea('catalog');
    const { variantId, noVip, ...fields } = convertPesoFields(formDataToObject(form), ['price', 'vipPrice']);
    const vip = noVip
      ? { vipPriceCents: null }
      : fields.vipPriceCents === undefined
        ? { useDefaultVipPrice: true }
        : {};
    const input = { weightGrams: null, dimensionsCm: null, bulkDiscounts: [], ...fields, ...vip };
    await updateVariant(getDb(), {
      variantId: String(variantId ?? ''),
      input,
      actor: { id: user.id, requestId: ctx.requestId },
    });
  } catch (error) {
    return adminActionError(error, ctx);
  }
  revalidatePath('/admin', 'layout');
  return { ok: true, message: 'Variante guardada.' };
}
