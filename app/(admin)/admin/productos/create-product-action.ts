'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { createProduct } from '@/lib/admin/products/create-product';
import { requireArea } from '@/lib/admin/shared/access';
import { adminActionContext, adminActionError } from '@/lib/admin/shared/action-result';
import { applyNoVipBoxes, convertPesoFields, formDataToObject } from '@/lib/admin/shared/form-input';
import type { ActionState } from '@/lib/http/action-state';

export async function createProductAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const ctx = adminActionContext('create-product');
  let productId: string;
  try {
    const user = await requireArea('catalog');
    const input = applyNoVipBoxes(convertPesoFields(formDataToObject(form), ['price', 'vipPrice']));
    const created = await createProduct(getDb(), {
      input: { ...input, isActive: form.get('isActive') !== null, isFeatured: form.get('isFeatured') !== null },
      actor: { id: user.id, requestId: ctx.requestId },
    });
    productId = created.id;
    ctx.log.info({ productId, userId: user.id }, 'admin.product_created');
  } catch (error) {
    return adminActionError(error, ctx);
  }
  revalidatePath('/admin', 'layout');
  redirect(`/admin/productos/${productId}?creado=1`);
}
