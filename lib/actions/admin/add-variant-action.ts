'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { action } from '@/lib/actions/action';
import { text } from '@/lib/actions/form-fields';
import { convertPesoFields, formDataToObject } from '@/lib/admin/shared/form-input';
import { addVariant } from '@/lib/admin/variants/add-variant';
import { updateCatalogTags } from '@/lib/catalog/door-tags';

/** A new variant from the product page; the fields are validated by the service, as on the API. */
export const addVariantAction = action(
  { name: 'admin.add-variant', auth: 'admin', schema: z.object({ productId: text }) },
  async ({ user, input, form, requestId }) => {
    const { productId: _id, noVip, ...fields } = convertPesoFields(formDataToObject(form), ['price', 'vipPrice']);
    const variant = await addVariant(getDb(), {
      productId: input.productId,
      input: noVip ? { ...fields, vipPriceCents: null } : fields,
      actor: { id: user.id, requestId },
    });
    updateCatalogTags({ productIds: [input.productId] });
    revalidatePath('/admin', 'layout');
    return { ok: true, message: `Variante ${variant.sku} agregada.` };
  },
);
