import { ListLink as Link } from './list-link';
import { ActiveFilters } from './active-filters';
import { CatalogFilters } from './catalog-filters';
import { EmptyResults } from './empty-results';
import { Pagination } from './pagination';
import { ProductGrid } from './product-grid';
import { SortForm } from './sort-form';
import {
  getCachedCategories,
  getCachedHomeSections,
  getCachedProductList,
  getCachedTags,
} from '@/lib/catalog/cached-catalog';
import { shopListHref, shopStateToQuery, type ShopListState } from '@/lib/catalog/shop-list-params';

type ProductListViewProps = {
  title: string;
  description?: string;
  basePath: string;
  /** The list state from the URL; on a category page without `categoria` (the page is the category). */
  state: ShopListState;
  /** The category of a category page. */
  fixedCategory?: string;
  isVip?: boolean;
};

const count = new Intl.NumberFormat('es-CO');

/** A product list page: search and filters, result count, sort, grid, pagination, empty state. */
export async function ProductListView({
  title,
  description,
  basePath,
  state,
  fixedCategory,
  isVip,
}: ProductListViewProps) {
  const query = { ...shopStateToQuery(state), ...(fixedCategory ? { category: fixedCategory } : {}) };
  const [result, categories, tags] = await Promise.all([
    getCachedProductList(query),
    getCachedCategories(),
    getCachedTags(),
  ]);
  const lastPage = Math.max(1, Math.ceil(result.total / result.pageSize));
  const hasFilters = Boolean(
    state.q ||
    state.categoria ||
    state.etiqueta ||
    state.min !== undefined ||
    state.max !== undefined ||
    state.disponible,
  );
  const suggestions = result.total === 0 ? (await getCachedHomeSections()).bestSelling : [];
  const stateKey = shopListHref(basePath, state, { pagina: state.pagina });

  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <header className="mb-6">
        <h1 className="font-serif text-3xl text-brand-900 sm:text-4xl">{title}</h1>
        {description ? <p className="mt-2 max-w-2xl text-stone-700">{description}</p> : null}
      </header>
      <div className="grid gap-6 lg:grid-cols-[16rem_1fr] lg:gap-8">
        <aside aria-label="Filtros">
          <CatalogFilters
            key={stateKey}
            basePath={basePath}
            state={state}
            categories={fixedCategory ? undefined : categories}
            tags={tags}
          />
        </aside>
        <div>
          <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
            <p role="status" className="text-sm text-stone-700">
              {result.total === 0
                ? 'Sin resultados'
                : `${count.format(result.total)} ${result.total === 1 ? 'producto' : 'productos'}${lastPage > 1 ? ` · página ${Math.min(result.page, lastPage)} de ${lastPage}` : ''}`}
            </p>
            <SortForm key={stateKey} basePath={basePath} state={state} />
          </div>
          <div className="mb-4">
            <ActiveFilters basePath={basePath} state={state} categories={categories} tags={tags} />
          </div>
          {result.searchMode === 'similar' && result.total > 0 ? (
            <p className="mb-4 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">
              No encontramos “{state.q}” exactamente; estos productos tienen nombres parecidos.
            </p>
          ) : null}
          {result.items.length > 0 ? (
            <>
              <h2 className="sr-only">Resultados</h2>
              <ProductGrid products={result.items} isVip={isVip} priorityCount={4} label="Resultados" />
            </>
          ) : result.total > 0 ? (
            <div className="rounded-2xl border border-dashed border-sand-200 bg-white p-6 text-stone-700">
              <h2 className="font-serif text-xl text-brand-900">Esta página ya no tiene productos</h2>
              <p className="mt-2">
                Hay {count.format(result.total)} resultados en {lastPage} {lastPage === 1 ? 'página' : 'páginas'}.{' '}
                <Link
                  href={shopListHref(basePath, state, { pagina: lastPage })}
                  className="font-semibold text-brand-800 underline underline-offset-2"
                >
                  Ir a la última página
                </Link>
              </p>
            </div>
          ) : (
            <EmptyResults
              query={state.q}
              hasFilters={hasFilters}
              clearHref={basePath}
              categories={categories}
              suggestions={suggestions}
              isVip={isVip}
            />
          )}
          <Pagination
            page={result.page}
            total={result.total}
            pageSize={result.pageSize}
            hrefFor={(page) => shopListHref(basePath, state, { pagina: page })}
          />
        </div>
      </div>
    </div>
  );
}
