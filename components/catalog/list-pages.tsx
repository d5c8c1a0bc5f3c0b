import { cacheLife, cacheTag } from 'next/cache';
import { Suspense, type ComponentProps } from 'react';
import { CATALOG_TAGS } from '@/lib/catalog/cache-tags';
import { CatalogPageSkeleton } from './product-grid-skeleton';
import { ProductListView } from './product-list-view';
import { parseShopListParams, shopListHref, type ShopListState } from '@/lib/catalog/shop-list-params';

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export const ALL_PRODUCTS_DESCRIPTION =
  'Aceites, cremas, jabones, velas y kits que usamos en cabina, listos para tu casa.';

export function listTitle(state: ShopListState): string {
  return state.q ? `Resultados para “${state.q}”` : 'Todos los productos';
}

/**
 * A list page whose state is in the query string: the page's shell (header, footer, skeleton) is
 * cached, and this is the Partial-Prerendering hole that reads the query and renders the cached list.
 * The inner boundary is keyed by the URL state, so the skeleton also shows when only the filters change.
 */
export function SearchListHole(props: {
  searchParams: SearchParams;
  fallbackTitle: string;
  basePath: string;
  category?: { slug: string; name: string; description: string };
}) {
  return (
    <Suspense fallback={<CatalogPageSkeleton title={props.fallbackTitle} />}>
      <SearchList {...props} />
    </Suspense>
  );
}

async function SearchList({
  searchParams,
  basePath,
  category,
}: {
  searchParams: SearchParams;
  basePath: string;
  category?: { slug: string; name: string; description: string };
}) {
  const parsed = parseShopListParams(await searchParams);
  const state = category ? { ...parsed, categoria: undefined } : parsed;
  const title = category ? category.name : listTitle(state);
  return (
    <Suspense
      key={shopListHref(basePath, state, { pagina: state.pagina })}
      fallback={<CatalogPageSkeleton title={title} />}
    >
      <CachedProductListView
        title={title}
        description={category ? category.description : state.q ? undefined : ALL_PRODUCTS_DESCRIPTION}
        basePath={basePath}
        state={state}
        fixedCategory={category?.slug}
      />
    </Suspense>
  );
}

/**
 * The rendered list for one URL state, kept like the data it shows (same tags and profile): the hole
 * then costs a cache read instead of rendering the grid, filters and pagination on every request
 * (docs/benchmarks.md). Nothing personal goes in: the state comes from the URL only.
 */
async function CachedProductListView(props: ComponentProps<typeof ProductListView>) {
  'use cache';
  cacheLife('catalog');
  cacheTag(CATALOG_TAGS.all, CATALOG_TAGS.lists, CATALOG_TAGS.categories, CATALOG_TAGS.tags);
  return <ProductListView {...props} />;
}
