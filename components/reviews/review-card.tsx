import { BadgeCheck, Store } from 'lucide-react';
import type { PublicReview } from '@/lib/reviews/review-view';
import { Stars } from './stars';

const dateFmt = new Intl.DateTimeFormat('es-CO', { dateStyle: 'long', timeZone: 'America/Bogota' });

/**
 * One review. Title, comment and the shop's answer are rendered as React text, so markup typed by a
 * shopper (even `<script>`) is shown literally and never interpreted.
 */
export function ReviewCard({
  review,
  headingLevel: Heading = 'h3',
}: {
  review: PublicReview;
  headingLevel?: 'h3' | 'h4';
}) {
  return (
    <article className="py-5">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <Stars rating={review.rating} />
        {review.title ? (
          <Heading className="font-semibold [overflow-wrap:anywhere] text-stone-900">{review.title}</Heading>
        ) : null}
      </div>
      <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-stone-700">
        <span>{review.authorName}</span>
        <span aria-hidden>·</span>
        <time dateTime={review.createdAt}>{dateFmt.format(new Date(review.createdAt))}</time>
        {review.isEdited ? <span className="text-stone-600">(editada)</span> : null}
        {review.isVerifiedPurchase ? (
          <span className="inline-flex items-center gap-1 rounded-full bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-800 ring-1 ring-brand-200">
            <BadgeCheck aria-hidden className="size-3.5" />
            Compra verificada
          </span>
        ) : null}
      </p>
      {review.comment ? (
        <p className="mt-2 [overflow-wrap:anywhere] whitespace-pre-line text-stone-800">{review.comment}</p>
      ) : null}
      {review.adminResponse ? (
        <div className="mt-3 rounded-xl border-l-4 border-brand-600 bg-brand-50 px-4 py-3">
          <p className="flex items-center gap-1.5 text-sm font-semibold text-brand-900">
            <Store aria-hidden className="size-4" />
            Respuesta de Botica
          </p>
          <p className="mt-1 text-sm [overflow-wrap:anywhere] whitespace-pre-line text-stone-800">
            {review.adminResponse}
          </p>
        </div>
      ) : null}
    </article>
  );
}
