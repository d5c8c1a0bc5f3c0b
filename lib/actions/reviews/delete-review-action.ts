'use server';

import { refresh } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { action } from '@/lib/actions/action';
import { deleteReview } from '@/lib/reviews/delete-review';

/** The author deletes their review; anyone else's id is "not found" (checked by the service). */
export const deleteReviewAction = action(
  { name: 'review.delete', auth: 'user', schema: z.object({ reviewId: z.coerce.string() }) },
  async ({ user, input: { reviewId }, log }) => {
    const { productId } = await deleteReview(getDb(), { userId: user.id, reviewId });
    log.info({ reviewId, productId, userId: user.id }, 'review.deleted');
    refresh();
    return { ok: true, message: 'Eliminamos tu reseña.' };
  },
);
