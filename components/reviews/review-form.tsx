'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useActionState, useId, useState } from 'react';
import { toast } from '@/components/ui/toast';
import { FormAlert } from '@/components/ui/form-alert';
import { SubmitButton } from '@/components/ui/submit-button';
import { idleState, type ActionState } from '@/lib/http/action-state-shape';
import type { OwnReview } from '@/lib/reviews/review-view';
import { reviewsQueryKey } from './review-list';
import { saveReviewAction } from '@/lib/actions/reviews/save-review-action';
import { StarRatingInput } from './star-rating-input';

export type ReviewLimits = { title: number; comment: number };

type ReviewFormProps = {
  productId: string;
  slug: string;
  limits: ReviewLimits;
  review?: OwnReview | null;
  onDone?: () => void;
};

/** Write or edit the shopper's review. Plain text only; the server re-checks every rule. */
export function ReviewForm({ productId, slug, limits, review, onDone }: ReviewFormProps) {
  const queryClient = useQueryClient();
  const id = useId();
  // Controlled, so React's reset of a submitted form never wipes what the shopper typed when the server says no.
  const [title, setTitle] = useState(review?.title ?? '');
  const [comment, setComment] = useState(review?.comment ?? '');
  // The toast and the list refresh run in the action itself: on success this form unmounts.
  const [state, action] = useActionState(async (prev: ActionState, form: FormData) => {
    const result = await saveReviewAction(prev, form);
    if (result.ok) {
      toast.success(result.message);
      void queryClient.invalidateQueries({ queryKey: reviewsQueryKey(slug) });
      onDone?.();
    }
    return result;
  }, idleState);

  const titleError = state.fields?.title;
  const commentError = state.fields?.comment;
  return (
    <form action={action} noValidate className="space-y-4 rounded-2xl border border-sand-200 bg-white p-5">
      <input type="hidden" name="productId" value={productId} />
      {review ? <input type="hidden" name="reviewId" value={review.id} /> : null}
      <FormAlert message={state.ok ? undefined : state.message} />
      <StarRatingInput name="rating" defaultValue={review?.rating} error={state.fields?.rating} />
      <div>
        <label htmlFor={`${id}-title`} className="block text-sm font-medium text-stone-800">
          Título
        </label>
        <input
          id={`${id}-title`}
          name="title"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          maxLength={limits.title}
          aria-invalid={titleError ? true : undefined}
          aria-describedby={titleError ? `${id}-title-error` : `${id}-text-hint`}
          className="mt-1 block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 shadow-sm focus:border-brand-600 focus:ring-2 focus:ring-brand-200 aria-[invalid]:border-red-600"
        />
        {titleError ? (
          <p id={`${id}-title-error`} className="mt-1 text-sm text-red-700">
            {titleError}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor={`${id}-comment`} className="block text-sm font-medium text-stone-800">
          Comentario
        </label>
        <textarea
          id={`${id}-comment`}
          name="comment"
          rows={4}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          maxLength={limits.comment}
          aria-invalid={commentError ? true : undefined}
          aria-describedby={`${commentError ? `${id}-comment-error ` : ''}${id}-text-hint ${id}-count`}
          className="mt-1 block w-full rounded-lg border border-stone-300 bg-white px-3 py-2 shadow-sm focus:border-brand-600 focus:ring-2 focus:ring-brand-200 aria-[invalid]:border-red-600"
        />
        <div className="mt-1 flex justify-between gap-3 text-sm">
          {commentError ? (
            <p id={`${id}-comment-error`} className="text-red-700">
              {commentError}
            </p>
          ) : (
            <p id={`${id}-text-hint`} className="text-stone-600">
              Escribe un título, un comentario o ambos. Solo texto.
            </p>
          )}
          <p id={`${id}-count`} className="shrink-0 text-stone-600 tabular-nums">
            {comment.length}/{limits.comment}
          </p>
        </div>
      </div>
      <div className="flex flex-wrap gap-3">
        <SubmitButton
          pendingLabel={review ? 'Guardando…' : 'Publicando…'}
          className="inline-flex items-center justify-center rounded-lg bg-brand-700 px-5 py-2.5 font-semibold text-white shadow-sm hover:bg-brand-800 disabled:cursor-wait disabled:opacity-70"
        >
          {review ? 'Guardar cambios' : 'Publicar reseña'}
        </SubmitButton>
        {onDone ? (
          <button
            type="button"
            onClick={onDone}
            className="rounded-lg px-4 py-2.5 font-semibold text-stone-700 hover:bg-sand-100"
          >
            Cancelar
          </button>
        ) : null}
      </div>
    </form>
  );
}
