'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { action } from '@/lib/actions/action';
import { optionalText, text } from '@/lib/actions/form-fields';
import { categoryFormInput } from '@/lib/admin/categories/category-form-input';
import { updateCategory } from '@/lib/admin/categories/save-category';
import { updateCatalogTags } from '@/lib/catalog/door-tags';

/** The category edit form; the service validates the values. */
export const updateCategoryAction = action(
  {
    name: 'admin.update-category',
    auth: 'admin',
    schema: z.object({
      categoryId: text,
      name: text,
      slug: optionalText,
      description: optionalText,
      sortOrder: optionalText,
      isActive: optionalText,
    }),
  },
  async ({ user, input, requestId }) => {
    await updateCategory(getDb(), {
      categoryId: input.categoryId,
      input: categoryFormInput(input),
      actor: { id: user.id, requestId },
    });
    updateCatalogTags({ categories: true });
    revalidatePath('/', 'layout');
    return { ok: true, message: 'Categoría guardada.' };
  },
);
