'use server';

import { z } from 'zod';
import { getDb } from '@/db/client';
import { action } from '@/lib/actions/action';
import { deleteReview } from '@/lib/reviews/delete-review';
import { updateCatalogTags } from '@/lib/catalog/door-tags';

/** The author deletes their review; anyone else's id is "not found" (checked by the service). */
export const deleteReviewAction = action(
  { name: 'review.delete', auth: 'user', schema: z.object({ reviewId: z.coerce.string() }) },
  async ({ user, input: { reviewId }, log }) => {
    const { productId } = await deleteReview(getDb(), { userId: user.id, reviewId });
    log.info({ reviewId, productId, userId: user.id }, 'review.deleted');
    // The average and first reviews are part of the cached product page: re-render it for the author now.
    updateCatalogTags({ productIds: [productId] });
    return { ok: true, message: 'Eliminamos tu reseña.' };
  },
);
