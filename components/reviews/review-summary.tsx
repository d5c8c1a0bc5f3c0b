import type { ReviewSummary as Summary } from '@/lib/reviews/list-product-reviews';
import { Stars } from './stars';

const decimal = new Intl.NumberFormat('es-CO', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** Average, count and the star histogram of the visible reviews. */
export function ReviewSummary({ summary }: { summary: Summary }) {
  if (summary.count === 0) {
    return <p className="text-stone-700">Este producto aún no tiene reseñas. ¡Cuéntanos qué te pareció!</p>;
  }
  return (
    <div className="flex flex-col gap-6 sm:flex-row sm:items-center">
      <div className="text-center sm:w-40">
        <p className="font-serif text-5xl text-brand-900" data-testid="rating-average">
          {decimal.format(summary.average)}
          <span className="sr-only"> de 5 estrellas de promedio</span>
        </p>
        <Stars rating={summary.average} size="lg" className="mt-1" decorative />
        <p className="mt-1 text-sm text-stone-700">{summary.count === 1 ? '1 reseña' : `${summary.count} reseñas`}</p>
      </div>
      <ul className="flex-1 space-y-1.5" aria-label="Reseñas por número de estrellas">
        {([5, 4, 3, 2, 1] as const).map((stars) => {
          const n = summary.histogram[stars];
          const percent = Math.round((n / summary.count) * 100);
          return (
            <li key={stars} className="flex items-center gap-3 text-sm text-stone-800">
              <span className="w-20 shrink-0">{stars === 1 ? '1 estrella' : `${stars} estrellas`}</span>
              <span aria-hidden className="h-2.5 flex-1 overflow-hidden rounded-full bg-sand-200">
                <span className="block h-full rounded-full bg-amber-500" style={{ width: `${percent}%` }} />
              </span>
              <span className="w-20 shrink-0 text-right whitespace-nowrap tabular-nums">
                {n} <span className="text-stone-600">({percent}%)</span>
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
