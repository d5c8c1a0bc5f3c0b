import { ListLink as Link } from './list-link';
import { SearchX } from 'lucide-react';
import { ProductGrid } from './product-grid';
import type { CategorySummary } from '@/lib/catalog/list-categories';
import type { ProductSummary } from '@/lib/catalog/types';

type EmptyResultsProps = {
  query: string;
  hasFilters: boolean;
  clearHref: string;
  categories: CategorySummary[];
  suggestions: ProductSummary[];
  isVip?: boolean;
};

/** No results: say so plainly, then offer ways out (fewer filters, categories, popular products). */
export function EmptyResults({ query, hasFilters, clearHref, categories, suggestions, isVip }: EmptyResultsProps) {
  return (
    <div className="rounded-2xl border border-dashed border-sand-200 bg-white p-6 sm:p-8">
      <div className="flex items-start gap-3">
        <SearchX aria-hidden className="mt-1 size-6 shrink-0 text-stone-600" />
        <div>
          <h2 className="font-serif text-2xl text-brand-900">
            {query ? `No encontramos productos para “${query}”` : 'No hay productos con estos filtros'}
          </h2>
          <ul className="mt-3 list-disc space-y-1 pl-5 text-stone-700">
            {query ? (
              <li>Revisa la ortografía o prueba con una palabra más general, como “crema” o “aceite”.</li>
            ) : null}
            {hasFilters ? (
              <li>
                <Link href={clearHref} className="font-semibold text-brand-800 underline underline-offset-2">
                  Quita los filtros
                </Link>{' '}
                para ver más resultados.
              </li>
            ) : null}
            <li>Explora una categoría:</li>
          </ul>
          <ul className="mt-3 flex flex-wrap gap-2">
            {categories.map((c) => (
              <li key={c.id}>
                <Link
                  href={`/categorias/${c.slug}`}
                  className="inline-block rounded-full border border-stone-300 px-3 py-1 text-sm text-brand-800 hover:border-brand-500"
                >
                  {c.name}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      </div>
      {suggestions.length > 0 ? (
        <section aria-labelledby="sugerencias" className="mt-8">
          <h2 id="sugerencias" className="mb-4 font-serif text-xl text-brand-900">
            Quizás te guste
          </h2>
          <ProductGrid products={suggestions.slice(0, 4)} isVip={isVip} />
        </section>
      ) : null}
    </div>
  );
}
