import type { Metadata } from 'next';
import { Suspense } from 'react';
import { CatalogPageSkeleton } from '@/components/catalog/product-grid-skeleton';
import { ProductListView } from '@/components/catalog/product-list-view';
import { getCurrentUser } from '@/lib/auth/guards';
import { parseShopListParams, shopListHref } from '@/lib/catalog/shop-list-params';
import { productListMetadata } from '@/lib/seo/metadata';

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: PageProps): Promise<Metadata> {
  return productListMetadata(parseShopListParams(await searchParams));
}

/*
 * The skeleton is a Suspense boundary keyed by the URL state, not a productos/loading.tsx: a
 * loading.tsx here would also wrap productos/[slug], whose 404 must be decided before anything streams,
 * and a keyed boundary also shows the skeleton when only the filters change.
 */
export default async function ProductsPage({ searchParams }: PageProps) {
  const [state, user] = await Promise.all([searchParams.then(parseShopListParams), getCurrentUser()]);
  const title = state.q ? `Resultados para “${state.q}”` : 'Todos los productos';
  return (
    <Suspense
      key={shopListHref('/productos', state, { pagina: state.pagina })}
      fallback={<CatalogPageSkeleton title={title} />}
    >
      <ProductListView
        title={title}
        description={
          state.q ? undefined : 'Aceites, cremas, jabones, velas y kits que usamos en cabina, listos para tu casa.'
        }
        basePath="/productos"
        state={state}
        isVip={user?.isVip ?? false}
      />
    </Suspense>
  );
}
