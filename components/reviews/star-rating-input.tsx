'use client';

import { Star } from 'lucide-react';
import clsx from 'clsx';
import { useId, useState } from 'react';

export const RATING_WORDS = ['', 'Malo', 'Regular', 'Bueno', 'Muy bueno', 'Excelente'] as const;

/**
 * The star rating as a native radio group: arrow keys move between stars, each star has a spoken
 * label ("4 estrellas: Muy bueno"), and the group has a legend and an error tied to it.
 */
export function StarRatingInput({
  name,
  defaultValue,
  error,
}: {
  name: string;
  defaultValue?: number;
  error?: string;
}) {
  const [value, setValue] = useState(defaultValue ?? 0);
  const [hover, setHover] = useState(0);
  const id = useId();
  const shown = hover || value;
  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="text-sm font-medium text-stone-800">
        Tu calificación <span className="text-red-700">*</span>
      </legend>
      <div className="mt-1 flex items-center gap-3">
        <div className="flex" onMouseLeave={() => setHover(0)}>
          {[1, 2, 3, 4, 5].map((n) => (
            // The (transparent) radio covers its star, so a tap or click lands on the real input.
            <span key={n} className="relative" onMouseEnter={() => setHover(n)}>
              <input
                type="radio"
                id={`${id}-${n}`}
                name={name}
                value={n}
                checked={value === n}
                onChange={() => setValue(n)}
                className="peer absolute inset-0 z-10 m-0 size-full cursor-pointer appearance-none opacity-0"
                required
              />
              <label
                htmlFor={`${id}-${n}`}
                className="block rounded-md p-1 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-1 peer-focus-visible:outline-brand-700"
              >
                <span className="sr-only">
                  {n === 1 ? '1 estrella' : `${n} estrellas`}: {RATING_WORDS[n]}
                </span>
                <Star
                  aria-hidden
                  className={clsx(
                    'size-8 transition-colors',
                    n <= shown ? 'fill-amber-500 text-amber-600' : 'text-stone-400',
                  )}
                />
              </label>
            </span>
          ))}
        </div>
        <span aria-hidden className="text-sm text-stone-700">
          {shown > 0 ? RATING_WORDS[shown] : 'Elige de 1 a 5'}
        </span>
      </div>
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
