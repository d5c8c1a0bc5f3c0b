import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { CatalogPageSkeleton } from '@/components/catalog/product-grid-skeleton';
import { ProductListView } from '@/components/catalog/product-list-view';
import { getCurrentUser } from '@/lib/auth/guards';
import { getCachedCategory } from '@/lib/catalog/cached-catalog';
import { parseShopListParams, shopListHref } from '@/lib/catalog/shop-list-params';
import { isCatalogSlug } from '@/lib/catalog/slug';
import { categoryMetadata } from '@/lib/seo/metadata';

type PageProps = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: PageProps): Promise<Metadata> {
  const { slug } = await params;
  const category = isCatalogSlug(slug) ? await getCachedCategory(slug) : null;
  return category
    ? categoryMetadata(category, parseShopListParams(await searchParams))
    : { title: 'Categoría no encontrada' };
}

export default async function CategoryPage({ params, searchParams }: PageProps) {
  const { slug } = await params;
  if (!isCatalogSlug(slug)) notFound();
  const [category, state, user] = await Promise.all([
    getCachedCategory(slug),
    searchParams.then(parseShopListParams),
    getCurrentUser(),
  ]);
  if (!category) notFound();
  const basePath = `/categorias/${category.slug}`;
  const listState = { ...state, categoria: undefined };
  // Keyed by the URL state so the skeleton also shows when only the filters change.
  return (
    <Suspense
      key={shopListHref(basePath, listState, { pagina: listState.pagina })}
      fallback={<CatalogPageSkeleton title={category.name} />}
    >
      <ProductListView
        title={category.name}
        description={category.description}
        basePath={basePath}
        state={listState}
        fixedCategory={category.slug}
        isVip={user?.isVip ?? false}
      />
    </Suspense>
  );
}
