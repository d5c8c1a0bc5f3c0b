'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { createCategory } from '@/lib/admin/categories/save-category';
import { requireArea } from '@/lib/admin/shared/access';
import { adminActionContext, adminActionError } from '@/lib/admin/shared/action-result';
import type { ActionState } from '@/lib/http/action-state';
import { categoryFormInput } from './category-form-input';

export async function createCategoryAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const ctx = adminActionContext('create-category');
  try {
    const user = await requireArea('catalog');
    await createCategory(getDb(), {
      input: categoryFormInput(form),
      actor: { id: user.id, requestId: ctx.requestId },
    });
  } catch (error) {
    return adminActionError(error, ctx);
  }
  revalidatePath('/', 'layout');
  redirect('/admin/categorias?creada=1');
}
