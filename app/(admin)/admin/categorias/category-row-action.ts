'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { deleteCategory, moveCategory, updateCategory } from '@/lib/admin/categories/save-category';
import { requireArea } from '@/lib/admin/shared/access';
import { adminActionContext, adminActionError } from '@/lib/admin/shared/action-result';
import type { ActionState } from '@/lib/http/action-state';

const ROW_MESSAGES = {
  up: 'Categoría movida.',
  down: 'Categoría movida.',
  hide: 'Categoría oculta en la tienda.',
  show: 'Categoría visible en la tienda.',
  delete: 'Categoría eliminada.',
} as const;

/** The list's one-button forms: `intent` = up | down | hide | show | delete. */
export async function categoryRowAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const ctx = adminActionContext('category-row');
  const intent = String(form.get('intent') ?? '') as keyof typeof ROW_MESSAGES;
  const categoryId = String(form.get('categoryId') ?? '');
  try {
    const user = await requireArea('catalog');
    const actor = { id: user.id, requestId: ctx.requestId };
    if (intent === 'up' || intent === 'down')
      await moveCategory(getDb(), { categoryId, input: { direction: intent }, actor });
    else if (intent === 'hide' || intent === 'show')
      await updateCategory(getDb(), { categoryId, input: { isActive: intent === 'show' }, actor });
    else if (intent === 'delete') await deleteCategory(getDb(), { categoryId, actor });
    else return { ok: false, message: 'Acción desconocida.' };
  } catch (error) {
    return adminActionError(error, ctx);
  }
  revalidatePath('/', 'layout');
  return { ok: true, message: ROW_MESSAGES[intent] };
}
