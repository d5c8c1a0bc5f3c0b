import clsx from 'clsx';
import { ListLink as Link } from './list-link';
import { ChevronLeft, ChevronRight } from 'lucide-react';

/** Pages to show around the current one: 1 … 4 5 [6] 7 8 … 20. */
export function pageWindow(current: number, last: number): Array<number | 'gap'> {
  const pages = new Set([1, last, current - 2, current - 1, current, current + 1, current + 2]);
  const sorted = [...pages].filter((p) => p >= 1 && p <= last).sort((a, b) => a - b);
  const result: Array<number | 'gap'> = [];
  for (const [i, page] of sorted.entries()) {
    const previous = sorted[i - 1];
    if (previous !== undefined && page - previous > 1) result.push('gap');
    result.push(page);
  }
  return result;
}

export function Pagination({
  page,
  total,
  pageSize,
  hrefFor,
}: {
  page: number;
  total: number;
  pageSize: number;
  hrefFor: (page: number) => string;
}) {
  const last = Math.max(1, Math.ceil(total / pageSize));
  if (last <= 1) return null;
  const link =
    'inline-flex min-w-10 items-center justify-center gap-1 rounded-lg border px-3 py-2 text-sm font-semibold';
  return (
    <nav aria-label="Paginación" className="mt-8 flex flex-wrap items-center justify-center gap-1.5">
      {page > 1 ? (
        <Link
          href={hrefFor(Math.min(page - 1, last))}
          rel="prev"
          className={clsx(link, 'border-stone-300 bg-white text-brand-800 hover:border-brand-500')}
        >
          <ChevronLeft aria-hidden className="size-4" /> Anterior
        </Link>
      ) : null}
      {pageWindow(Math.min(page, last), last).map((p, i) =>
        p === 'gap' ? (
          <span key={`gap-${i}`} aria-hidden className="px-1 text-stone-600">
            …
          </span>
        ) : (
          <Link
            key={p}
            href={hrefFor(p)}
            aria-current={p === page ? 'page' : undefined}
            aria-label={`Página ${p}`}
            className={clsx(
              link,
              p === page
                ? 'border-brand-700 bg-brand-700 text-white'
                : 'border-stone-300 bg-white text-brand-800 hover:border-brand-500',
            )}
          >
            {p}
          </Link>
        ),
      )}
      {page < last ? (
        <Link
          href={hrefFor(page + 1)}
          rel="next"
          className={clsx(link, 'border-stone-300 bg-white text-brand-800 hover:border-brand-500')}
        >
          Siguiente <ChevronRight aria-hidden className="size-4" />
        </Link>
      ) : null}
    </nav>
  );
}
