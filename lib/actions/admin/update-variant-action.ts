'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { action } from '@/lib/actions/action';
import { text } from '@/lib/actions/form-fields';
import { convertPesoFields, formDataToObject } from '@/lib/admin/shared/form-input';
import { updateVariant } from '@/lib/admin/variants/update-variant';
import { updateCatalogTags } from '@/lib/catalog/door-tags';

/**
 * The edit form sends the whole variant: blank weight, dimensions or tiers clear them; a blank VIP
 * price means "the configured %" and the "sin precio VIP" box removes it. The service validates it.
 */
export const updateVariantAction = action(
  { name: 'admin.update-variant', auth: 'admin', schema: z.object({ variantId: text }) },
  async ({ user, input: { variantId }, form, requestId }) => {
    const { variantId: _id, noVip, ...fields } = convertPesoFields(formDataToObject(form), ['price', 'vipPrice']);
    const vip = noVip
      ? { vipPriceCents: null }
      : fields.vipPriceCents === undefined
        ? { useDefaultVipPrice: true }
        : {};
    const input = { weightGrams: null, dimensionsCm: null, bulkDiscounts: [], ...fields, ...vip };
    await updateVariant(getDb(), { variantId, input, actor: { id: user.id, requestId } });
    updateCatalogTags({ variantIds: [variantId] });
    revalidatePath('/admin', 'layout');
    return { ok: true, message: 'Variante guardada.' };
  },
);
