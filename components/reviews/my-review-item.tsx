'use client';

import Link from 'next/link';
import { useState } from 'react';
import type { OwnReview } from '@/lib/reviews/review-view';
import { ReviewForm, type ReviewLimits } from './review-form';
import { Stars } from './stars';

type Props = { review: OwnReview & { productName: string; productSlug: string }; limits: ReviewLimits };

/** One of "Mis reseñas": product, moderation state, the shop's answer, and an inline editor. */
export function MyReviewItem({ review, limits }: Props) {
  const [isEditing, setEditing] = useState(false);
  return (
    <li className="rounded-2xl border border-sand-200 bg-white p-5">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <Link href={`/productos/${review.productSlug}`} className="font-semibold text-brand-800 hover:underline">
            {review.productName}
          </Link>
          <div className="mt-1">
            <Stars rating={review.rating} />
          </div>
        </div>
        <span
          className={`rounded-full px-2.5 py-0.5 text-xs font-semibold ${
            review.isVisible ? 'bg-brand-100 text-brand-900' : 'bg-stone-200 text-stone-800'
          }`}
        >
          {review.isVisible ? 'Publicada' : 'Oculta por moderación'}
        </span>
      </div>
      {isEditing ? (
        <div className="mt-4">
          <ReviewForm
            productId={review.productId}
            slug={review.productSlug}
            limits={limits}
            review={review}
            onDone={() => setEditing(false)}
          />
        </div>
      ) : (
        <>
          {review.title ? <p className="mt-3 font-semibold text-stone-900">{review.title}</p> : null}
          {review.comment ? <p className="mt-1 whitespace-pre-line text-stone-800">{review.comment}</p> : null}
          {review.adminResponse ? (
            <p className="mt-3 rounded-lg bg-sand-50 p-3 text-sm text-stone-800">
              <span className="font-semibold">Respuesta de Botica:</span> {review.adminResponse}
            </p>
          ) : null}
          <button
            type="button"
            onClick={() => setEditing(true)}
            className="mt-3 text-sm font-semibold text-brand-700 underline"
          >
            Editar reseña
          </button>
        </>
      )}
    </li>
  );
}
