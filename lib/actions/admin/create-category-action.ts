'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { action } from '@/lib/actions/action';
import { optionalText, text } from '@/lib/actions/form-fields';
import { categoryFormInput } from '@/lib/admin/categories/category-form-input';
import { createCategory } from '@/lib/admin/categories/save-category';
import { updateCatalogTags } from '@/lib/catalog/door-tags';

/** "Crear categoría": the form in the API's JSON terms; the service validates it. */
export const createCategoryAction = action(
  {
    name: 'admin.create-category',
    auth: 'admin',
    schema: z.object({
      name: text,
      slug: optionalText,
      description: optionalText,
      sortOrder: optionalText,
      isActive: optionalText,
    }),
  },
  async ({ user, input, requestId }) => {
    await createCategory(getDb(), { input: categoryFormInput(input), actor: { id: user.id, requestId } });
    updateCatalogTags({ categories: true });
    revalidatePath('/', 'layout');
    redirect('/admin/categorias?creada=1');
  },
);
