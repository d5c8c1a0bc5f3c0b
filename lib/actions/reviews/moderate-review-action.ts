'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { action } from '@/lib/actions/action';
import { text } from '@/lib/actions/form-fields';
import { moderateReview } from '@/lib/reviews/moderate-review';
import { updateCatalogTags } from '@/lib/catalog/door-tags';

const MESSAGES = { hide: 'Reseña oculta.', show: 'Reseña visible otra vez.', respond: 'Respuesta guardada.' } as const;

/** Hide, show or answer a review from /admin/resenas (ADMIN and STAFF), like PATCH /admin/reviews/{id}. */
export const moderateReviewAction = action(
  {
    name: 'review.moderate',
    auth: 'staff',
    schema: z.object({
      reviewId: text,
      intent: z.enum(['hide', 'show', 'respond'], { error: 'Acción desconocida.' }),
      adminResponse: text,
    }),
  },
  async ({ user, input: { reviewId, intent, adminResponse }, requestId, log }) => {
    const input = intent === 'respond' ? { adminResponse } : { isVisible: intent === 'show' };
    const result = await moderateReview(getDb(), { reviewId, actor: { id: user.id, requestId }, input });
    log.info({ reviewId, productId: result.productId, intent, actorId: user.id }, 'review.moderated');
    updateCatalogTags({ productIds: [result.productId] }); // the average and the list on the product page
    revalidatePath('/admin/resenas');
    return {
      ok: true,
      message: intent === 'respond' && result.adminResponse === null ? 'Respuesta eliminada.' : MESSAGES[intent],
    };
  },
);
