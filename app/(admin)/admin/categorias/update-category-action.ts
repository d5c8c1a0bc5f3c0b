'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { updateCategory } from '@/lib/admin/categories/save-category';
import { requireArea } from '@/lib/admin/shared/access';
import { adminActionContext, adminActionError } from '@/lib/admin/shared/action-result';
import type { ActionState } from '@/lib/http/action-state';
import { categoryFormInput } from './category-form-input';

export async function updateCategoryAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const ctx = adminActionContext('update-category');
  try {
    const user = await requireArea('catalog');
    await updateCategory(getDb(), {
      categoryId: String(form.get('categoryId') ?? ''),
      input: categoryFormInput(form),
      actor: { id: user.id, requestId: ctx.requestId },
    });
  } catch (error) {
    return adminActionError(error, ctx);
  }
  revalidatePath('/', 'layout');
  return { ok: true, message: 'Categoría guardada.' };
}
