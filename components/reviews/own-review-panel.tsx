'use client';

import { useQueryClient } from '@tanstack/react-query';
import { EyeOff, Pencil, Trash2 } from 'lucide-react';
import { useCallback, useState, useTransition } from 'react';
import { toast } from '@/components/ui/toast';
import type { OwnReview } from '@/lib/reviews/review-view';
import { deleteReviewAction } from '@/lib/actions/reviews/delete-review-action';
import { ReviewCard } from './review-card';
import { ReviewForm, type ReviewLimits } from './review-form';
import { reviewsQueryKey } from './review-list';

type OwnReviewPanelProps = { productId: string; slug: string; limits: ReviewLimits; review: OwnReview | null };

/** The signed-in shopper's corner: write a review, or see, edit and delete their own. */
export function OwnReviewPanel({ productId, slug, limits, review }: OwnReviewPanelProps) {
  const [isEditing, setEditing] = useState(false);
  const [isDeleting, startDelete] = useTransition();
  const queryClient = useQueryClient();
  const close = useCallback(() => setEditing(false), []);

  if (!review) {
    if (!isEditing) {
      return (
        <button
          type="button"
          onClick={() => setEditing(true)}
          className="rounded-lg bg-brand-700 px-5 py-2.5 font-semibold text-white shadow-sm hover:bg-brand-800"
        >
          Escribir una reseña
        </button>
      );
    }
    return <ReviewForm productId={productId} slug={slug} limits={limits} onDone={close} />;
  }

  if (isEditing) return <ReviewForm productId={productId} slug={slug} limits={limits} review={review} onDone={close} />;

  const remove = () => {
    if (!window.confirm('¿Eliminar tu reseña? No podrás recuperarla.')) return;
    startDelete(async () => {
      const result = await deleteReviewAction({ reviewId: review.id });
      if (result.ok) {
        toast.success(result.message);
        void queryClient.invalidateQueries({ queryKey: reviewsQueryKey(slug) });
      } else {
        toast.error(result.message ?? 'No pudimos eliminar tu reseña.');
      }
    });
  };

  return (
    <section aria-labelledby="tu-resena" className="rounded-2xl border border-sand-200 bg-white px-5">
      <div className="flex flex-wrap items-center justify-between gap-2 pt-4">
        <h3 id="tu-resena" className="font-semibold text-brand-900">
          Tu reseña
        </h3>
        <div className="flex gap-2">
          <button
            type="button"
            onClick={() => setEditing(true)}
            className="inline-flex items-center gap-1.5 rounded-lg px-3 py-1.5 text-sm font-semibold text-brand-800 ring-1 ring-brand-200 hover:bg-brand-50"
          >
            <Pencil aria-hidden className="size-4" />
            Editar
          </button>
          <button
            type="button"
            onClick={remove}
            disabled={isDeleting}
            className="inline-flex items-center gap-1.5 rounded-lg px-3 py-1.5 text-sm font-semibold text-red-800 ring-1 ring-red-200 hover:bg-red-50 disabled:cursor-wait disabled:opacity-60"
          >
            <Trash2 aria-hidden className="size-4" />
            {isDeleting ? 'Eliminando…' : 'Eliminar'}
          </button>
        </div>
      </div>
      {!review.isVisible ? (
        <p className="mt-3 flex items-start gap-2 rounded-lg bg-sand-100 px-3 py-2 text-sm text-stone-800">
          <EyeOff aria-hidden className="mt-0.5 size-4 shrink-0" />
          Nuestro equipo ocultó esta reseña; solo tú la ves. Si crees que es un error, escríbenos.
        </p>
      ) : null}
      <ReviewCard review={review} headingLevel="h4" />
    </section>
  );
}
