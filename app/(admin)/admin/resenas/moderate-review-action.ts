'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { requireRole } from '@/lib/auth/guards';
import { type ActionState, toActionState } from '@/lib/http/action-state';
import { actionContext, formText } from '@/lib/http/cart-actions-shared';
import { moderateReview } from '@/lib/reviews/moderate-review';

const MESSAGES = { hide: 'Reseña oculta.', show: 'Reseña visible otra vez.', respond: 'Respuesta guardada.' } as const;

/** Hide, show or answer a review from /admin/resenas (ADMIN and STAFF), like PATCH /admin/reviews/{id}. */
export async function moderateReviewAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const { log, requestId } = await actionContext('review.moderate');
  try {
    const staff = await requireRole('ADMIN', 'STAFF');
    const intent = formText(form, 'intent');
    if (intent !== 'hide' && intent !== 'show' && intent !== 'respond')
      return { ok: false, code: 'VALIDATION', message: 'Acción desconocida.' };
    const input =
      intent === 'respond'
        ? { adminResponse: formText(form, 'adminResponse') ?? '' }
        : { isVisible: intent === 'show' };
    const reviewId = formText(form, 'reviewId') ?? '';
    const result = await moderateReview(getDb(), { reviewId, actor: { id: staff.id, requestId }, input });
    log.info({ reviewId, productId: result.productId, intent, actorId: staff.id }, 'review.moderated');
    revalidatePath('/admin/resenas');
    return {
      ok: true,
      message: intent === 'respond' && result.adminResponse === null ? 'Respuesta eliminada.' : MESSAGES[intent],
    };
  } catch (error) {
    return toActionState(error, log);
  }
}
