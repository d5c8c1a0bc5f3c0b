'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { ReviewPage } from '@/lib/reviews/list-product-reviews';
import type { ReviewSort } from '@/lib/reviews/review-schemas';
import { ReviewCard } from './review-card';

const SORT_LABEL: Record<ReviewSort, string> = {
  newest: 'Más recientes',
  highest: 'Mejor calificadas',
  lowest: 'Peor calificadas',
};

export const reviewsQueryKey = (slug: string) => ['product-reviews', slug] as const;

async function fetchReviews(slug: string, sort: ReviewSort, page: number, pageSize: number): Promise<ReviewPage> {
  const res = await fetch(
    `/api/v1/products/${encodeURIComponent(slug)}/reviews?sort=${sort}&page=${page}&pageSize=${pageSize}`,
    { headers: { accept: 'application/json' } },
  );
  if (!res.ok) throw new Error(`reviews ${res.status}`);
  return (await res.json()) as ReviewPage;
}

/**
 * The paginated, sortable list. The server renders the first page (newest) into `initialPage`; other
 * pages and orders come from the public JSON API through TanStack Query, so changing them never
 * reloads the product page. The previous page stays on screen, dimmed, while the next one loads.
 */
export function ReviewList({ slug, initialPage }: { slug: string; initialPage: ReviewPage }) {
  const [sort, setSort] = useState<ReviewSort>(initialPage.sort);
  const [page, setPage] = useState(initialPage.page);
  const selectId = useId();
  const isInitial = sort === initialPage.sort && page === initialPage.page;
  const query = useQuery({
    queryKey: [...reviewsQueryKey(slug), sort, page],
    queryFn: () => fetchReviews(slug, sort, page, initialPage.pageSize),
    // Browser only: TanStack stamps initial data with Date.now(), and a clock read while the cached
    // page is prerendered leaves the product page's HTML incomplete (Cache Components refuses it). The
    // server HTML shows `initialPage` directly (below); the browser's first render creates the query
    // with it, so hydration matches and nothing is fetched again.
    initialData: isInitial && typeof window !== 'undefined' ? initialPage : undefined,
    placeholderData: keepPreviousData,
  });
  const data = query.data ?? (isInitial ? initialPage : undefined);
  const pageCount = Math.max(1, Math.ceil((data?.total ?? 0) / initialPage.pageSize));
  const isLoading = query.isFetching && query.isPlaceholderData;

  if (initialPage.total === 0 && !data?.total) return null;

  return (
    <div className="mt-8">
      <div className="flex flex-wrap items-center justify-between gap-3 border-b border-sand-200 pb-3">
        <p className="text-sm text-stone-700" aria-live="polite">
          {isLoading ? 'Cargando reseñas…' : `Página ${page} de ${pageCount}`}
        </p>
        <div className="flex items-center gap-2">
          <label htmlFor={selectId} className="text-sm font-medium text-stone-800">
            Ordenar por
          </label>
          <select
            id={selectId}
            value={sort}
            onChange={(e) => {
              setSort(e.target.value as ReviewSort);
              setPage(1);
            }}
            className="rounded-lg border border-stone-300 bg-white px-3 py-1.5 text-sm"
          >
            {(Object.keys(SORT_LABEL) as ReviewSort[]).map((s) => (
              <option key={s} value={s}>
                {SORT_LABEL[s]}
              </option>
            ))}
          </select>
        </div>
      </div>

      {query.isError && !data ? (
        <div role="alert" className="mt-4 rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-800">
          No pudimos cargar las reseñas.{' '}
          <button type="button" onClick={() => void query.refetch()} className="font-semibold underline">
            Reintentar
          </button>
        </div>
      ) : (
        <ul
          aria-busy={isLoading}
          className={`divide-y divide-sand-200 transition-opacity ${isLoading ? 'opacity-50' : ''}`}
        >
          {(data?.items ?? []).map((review) => (
            <li key={review.id}>
              <ReviewCard review={review} />
            </li>
          ))}
        </ul>
      )}

      {pageCount > 1 ? (
        <nav aria-label="Páginas de reseñas" className="mt-4 flex items-center justify-between gap-3">
          <button
            type="button"
            onClick={() => setPage((p) => Math.max(1, p - 1))}
            disabled={page <= 1 || isLoading}
            className="rounded-lg border border-stone-300 bg-white px-4 py-2 text-sm font-semibold text-stone-800 hover:bg-sand-100 disabled:cursor-not-allowed disabled:opacity-50"
          >
            Anteriores
          </button>
          <button
            type="button"
            onClick={() => setPage((p) => Math.min(pageCount, p + 1))}
            disabled={page >= pageCount || isLoading}
            className="rounded-lg border border-stone-300 bg-white px-4 py-2 text-sm font-semibold text-stone-800 hover:bg-sand-100 disabled:cursor-not-allowed disabled:opacity-50"
          >
            Siguientes
          </button>
        </nav>
      ) : null}
    </div>
  );
}
