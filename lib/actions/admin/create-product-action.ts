'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { action } from '@/lib/actions/action';
import { createProduct } from '@/lib/admin/products/create-product';
import { applyNoVipBoxes, convertPesoFields, formDataToObject } from '@/lib/admin/shared/form-input';
import { updateCatalogTags } from '@/lib/catalog/door-tags';

/** The new-product form with its first variants; the service validates it with the API's schema. */
export const createProductAction = action(
  { name: 'admin.create-product', auth: 'admin', schema: z.object({}) },
  async ({ user, form, requestId, log }) => {
    const input = applyNoVipBoxes(convertPesoFields(formDataToObject(form), ['price', 'vipPrice']));
    const created = await createProduct(getDb(), {
      input: { ...input, isActive: form.get('isActive') !== null, isFeatured: form.get('isFeatured') !== null },
      actor: { id: user.id, requestId },
    });
    log.info({ productId: created.id, userId: user.id }, 'admin.product_created');
    updateCatalogTags({ productIds: [created.id] });
    revalidatePath('/admin', 'layout');
    redirect(`/admin/productos/${created.id}?creado=1`);
  },
);
