'use server';

import { refresh } from 'next/cache';
import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/guards';
import { type ActionState, toActionState } from '@/lib/http/action-state';
import { actionContext, formText } from '@/lib/http/cart-actions-shared';
import { createReview } from '@/lib/reviews/create-review';
import { enforceReviewRateLimit } from '@/lib/reviews/enforce-review-rate-limit';
import { updateReview } from '@/lib/reviews/update-review';

/**
 * The product page's review form: creates the shopper's review, or edits it when `reviewId` is sent.
 * The same services and rate limit as `POST /products/{slug}/reviews` and `PATCH /reviews/{id}`; the
 * author check lives in the services (an id that is not yours is "not found").
 */
export async function saveReviewAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const { log } = await actionContext('review.save');
  try {
    const user = await requireUser();
    await enforceReviewRateLimit(user.id);
    const input = {
      rating: formText(form, 'rating'),
      title: formText(form, 'title') ?? '',
      comment: formText(form, 'comment') ?? '',
    };
    const reviewId = formText(form, 'reviewId');
    const review = reviewId
      ? await updateReview(getDb(), { userId: user.id, reviewId, input })
      : await createReview(getDb(), { userId: user.id, productId: formText(form, 'productId') ?? '', input });
    log.info(
      { reviewId: review.id, productId: review.productId, userId: user.id, rating: review.rating },
      reviewId ? 'review.updated' : 'review.created',
    );
    refresh();
    return { ok: true, message: reviewId ? 'Actualizamos tu reseña.' : '¡Gracias! Tu reseña ya está publicada.' };
  } catch (error) {
    return toActionState(error, log);
  }
}
