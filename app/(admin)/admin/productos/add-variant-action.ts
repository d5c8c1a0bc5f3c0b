'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { requireArea } from '@/lib/admin/shared/access';
import { adminActionContext, adminActionError } from '@/lib/admin/shared/action-result';
import { convertPesoFields, formDataToObject } from '@/lib/admin/shared/form-input';
import { addVariant } from '@/lib/admin/variants/add-variant';
import type { ActionState } from '@/lib/http/action-state';

export async function addVariantAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const ctx = adminActionContext('add-variant');
  try {
    const user = await requireArea('catalog');
    const { productId, noVip, ...input } = convertPesoFields(formDataToObject(form), ['price', 'vipPrice']);
    const variant = await addVariant(getDb(), {
      productId: String(productId ?? ''),
      input: noVip ? { ...input, vipPriceCents: null } : input,
      actor: { id: user.id, requestId: ctx.requestId },
    });
    revalidatePath('/admin', 'layout');
    return { ok: true, message: `Variante ${variant.sku} agregada.` };
  } catch (error) {
    return adminActionError(error, ctx);
  }
}
