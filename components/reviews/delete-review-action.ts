'use server';

import { refresh } from 'next/cache';
import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/guards';
import { type ActionState, toActionState } from '@/lib/http/action-state';
import { actionContext } from '@/lib/http/cart-actions-shared';
import { deleteReview } from '@/lib/reviews/delete-review';

/** The author deletes their review; anyone else's id is "not found" (checked by the service). */
export async function deleteReviewAction(reviewId: string): Promise<ActionState> {
  const { log } = await actionContext('review.delete');
  try {
    const user = await requireUser();
    const { productId } = await deleteReview(getDb(), { userId: user.id, reviewId: String(reviewId) });
    log.info({ reviewId, productId, userId: user.id }, 'review.deleted');
    refresh();
    return { ok: true, message: 'Eliminamos tu reseña.' };
  } catch (error) {
    return toActionState(error, log);
  }
}
