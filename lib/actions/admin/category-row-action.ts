'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { action } from '@/lib/actions/action';
import { text } from '@/lib/actions/form-fields';
import { deleteCategory, moveCategory, updateCategory } from '@/lib/admin/categories/save-category';
import { AppError } from '@/lib/errors';
import { updateCatalogTags } from '@/lib/catalog/door-tags';

const MESSAGES: Record<string, string> = {
  up: 'Categoría movida.',
  down: 'Categoría movida.',
  hide: 'Categoría oculta en la tienda.',
  show: 'Categoría visible en la tienda.',
  delete: 'Categoría eliminada.',
};

/** The list's one-button forms: `intent` = up | down | hide | show | delete. */
export const categoryRowAction = action(
  { name: 'admin.category-row', auth: 'admin', schema: z.object({ categoryId: text, intent: text }) },
  async ({ user, input: { categoryId, intent }, requestId }) => {
    const actor = { id: user.id, requestId };
    if (intent === 'up' || intent === 'down')
      await moveCategory(getDb(), { categoryId, input: { direction: intent }, actor });
    else if (intent === 'hide' || intent === 'show')
      await updateCategory(getDb(), { categoryId, input: { isActive: intent === 'show' }, actor });
    else if (intent === 'delete') await deleteCategory(getDb(), { categoryId, actor });
    else throw new AppError({ code: 'VALIDATION', status: 400, message: 'Acción desconocida.' });
    updateCatalogTags({ categories: true });
    revalidatePath('/', 'layout');
    return { ok: true, message: MESSAGES[intent]! };
  },
);
