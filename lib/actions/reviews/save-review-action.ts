'use server';

import { z } from 'zod';
import { getDb } from '@/db/client';
import { action } from '@/lib/actions/action';
import { optionalText, text } from '@/lib/actions/form-fields';
import { createReview } from '@/lib/reviews/create-review';
import { withReviewRateLimit } from '@/lib/reviews/enforce-review-rate-limit';
import { updateReview } from '@/lib/reviews/update-review';
import { updateCatalogTags } from '@/lib/catalog/door-tags';

/**
 * The product page's review form: creates the shopper's review, or edits it when `reviewId` is sent.
 * The same services and rate limit as `POST /products/{slug}/reviews` and `PATCH /reviews/{id}`; the
 * services validate the fields and check the author (an id that is not yours is "not found").
 */
export const saveReviewAction = action(
  {
    name: 'review.save',
    auth: 'user',
    schema: z.object({
      reviewId: optionalText,
      productId: text,
      rating: optionalText,
      title: text,
      comment: text,
    }),
  },
  async ({ user, input: { reviewId, productId, ...input }, log }) => {
    // Only successful writes count against the review budget (lib/reviews/enforce-review-rate-limit.ts).
    const review = await withReviewRateLimit(user.id, () =>
      reviewId
        ? updateReview(getDb(), { userId: user.id, reviewId, input })
        : createReview(getDb(), { userId: user.id, productId, input }),
    );
    log.info(
      { reviewId: review.id, productId: review.productId, userId: user.id, rating: review.rating },
      reviewId ? 'review.updated' : 'review.created',
    );
    // The average and first reviews are part of the cached product page: `refresh()` would only
    // re-render its dynamic parts, `updateTag` re-renders the cached ones for the author at once.
    updateCatalogTags({ productIds: [review.productId] });
    return { ok: true, message: reviewId ? 'Actualizamos tu reseña.' : '¡Gracias! Tu reseña ya está publicada.' };
  },
);
