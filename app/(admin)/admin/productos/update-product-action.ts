'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { updateProduct } from '@/lib/admin/products/update-product';
import { requireArea } from '@/lib/admin/shared/access';
import { adminActionContext, adminActionError } from '@/lib/admin/shared/action-result';
import type { ActionState } from '@/lib/http/action-state';

const text = (form: FormData, name: string) => String(form.get(name) ?? '');

/** The edit form sends every product field; a blank field means "empty", unlike the PATCH API where absent means "unchanged". */
export async function updateProductAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const ctx = adminActionContext('update-product');
  try {
    const user = await requireArea('catalog');
    const input = {
      name: text(form, 'name'),
      slug: text(form, 'slug') || undefined,
      description: text(form, 'description'),
      benefits: text(form, 'benefits'),
      howToUse: text(form, 'howToUse'),
      categorySlug: text(form, 'categorySlug'),
      preparationDays: text(form, 'preparationDays') || '0',
      tags: text(form, 'tags'),
      relatedProductIds: form.getAll('relatedProductIds').map(String),
      isActive: form.get('isActive') !== null,
      isFeatured: form.get('isFeatured') !== null,
    };
    await updateProduct(getDb(), {
      productId: text(form, 'productId'),
      input,
      actor: { id: user.id, requestId: ctx.requestId },
    });
  } catch (error) {
    return adminActionError(error, ctx);
  }
  revalidatePath('/admin', 'layout');
  return { ok: true, message: 'Producto guardado.' };
}
