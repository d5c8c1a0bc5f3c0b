import { Star } from 'lucide-react';
import type { Rating } from '@/lib/catalog/types';

const decimal = new Intl.NumberFormat('es-CO', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** Average and count of visible reviews; renders nothing before the first review. */
export function RatingStars({ rating, showCount = true }: { rating: Rating; showCount?: boolean }) {
  if (rating.count === 0) return null;
  const average = decimal.format(rating.average);
  const reviews = rating.count === 1 ? '1 reseña' : `${rating.count} reseñas`;
  return (
    <p className="flex items-center gap-1 text-sm text-stone-700">
      <span className="sr-only">
        Calificación {average} de 5, {reviews}
      </span>
      <span aria-hidden className="flex">
        {[1, 2, 3, 4, 5].map((n) => (
          <Star
            key={n}
            className={
              n <= Math.round(rating.average) ? 'size-4 fill-amber-500 text-amber-500' : 'size-4 text-stone-300'
            }
          />
        ))}
      </span>
      <span aria-hidden>
        {average}
        {showCount ? ` (${rating.count})` : ''}
      </span>
    </p>
  );
}
