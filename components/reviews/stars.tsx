import { Star } from 'lucide-react';
import clsx from 'clsx';

/** A read-only row of stars; screen readers hear "Calificación: 4 de 5 estrellas". */
/** With `decorative`, nothing is announced (the caller already says the figure in words). */
export function Stars({
  rating,
  size = 'sm',
  className,
  decorative = false,
}: {
  rating: number;
  size?: 'sm' | 'lg';
  className?: string;
  decorative?: boolean;
}) {
  const filled = Math.round(rating);
  const icon = size === 'lg' ? 'size-6' : 'size-4';
  return (
    <span className={clsx('inline-flex items-center', className)}>
      {decorative ? null : (
        <span className="sr-only">
          Calificación: {rating.toLocaleString('es-CO', { maximumFractionDigits: 1 })} de 5 estrellas
        </span>
      )}
      <span aria-hidden className="flex">
        {[1, 2, 3, 4, 5].map((n) => (
          <Star key={n} className={clsx(icon, n <= filled ? 'fill-amber-500 text-amber-600' : 'text-stone-400')} />
        ))}
      </span>
    </span>
  );
}
