'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { action } from '@/lib/actions/action';
import { text } from '@/lib/actions/form-fields';
import { updateProduct } from '@/lib/admin/products/update-product';
import { updateCatalogTags } from '@/lib/catalog/door-tags';

/**
 * The edit form sends every product field; a blank field means "empty", unlike the PATCH API where
 * absent means "unchanged". The service validates the values with the API's schema.
 */
export const updateProductAction = action(
  {
    name: 'admin.update-product',
    auth: 'admin',
    schema: z.object({
      productId: text,
      name: text,
      slug: text,
      description: text,
      benefits: text,
      howToUse: text,
      whatIsIncluded: text,
      categorySlug: text,
      preparationDays: text,
      tags: text,
    }),
  },
  async ({ user, input: { productId, ...fields }, form, requestId }) => {
    const input = {
      ...fields,
      slug: fields.slug || undefined,
      preparationDays: fields.preparationDays || '0',
      relatedProductIds: form.getAll('relatedProductIds').map(String),
      isActive: form.get('isActive') !== null,
      isFeatured: form.get('isFeatured') !== null,
    };
    await updateProduct(getDb(), { productId, input, actor: { id: user.id, requestId } });
    updateCatalogTags({ productIds: [productId] });
    revalidatePath('/admin', 'layout');
    return { ok: true, message: 'Producto guardado.' };
  },
);
