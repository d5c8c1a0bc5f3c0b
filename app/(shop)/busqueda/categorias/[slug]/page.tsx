import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SearchListHole, type SearchParams } from '@/components/catalog/list-pages';
import { getCachedCategories, getCachedCategory } from '@/lib/catalog/cached-catalog';
import { parseShopListParams } from '@/lib/catalog/shop-list-params';
import { isCatalogSlug } from '@/lib/catalog/slug';
import { categoryMetadata } from '@/lib/seo/metadata';
import { redirectIfRenamed } from '@/lib/seo/slug-redirects';

type PageProps = { params: Promise<{ slug: string }>; searchParams: SearchParams };

export async function generateStaticParams(): Promise<{ slug: string }[]> {
  const categories = await getCachedCategories();
  return categories.length > 0 ? categories.map((c) => ({ slug: c.slug })) : [{ slug: 'no-existe' }];
}

export async function generateMetadata({ params, searchParams }: PageProps): Promise<Metadata> {
  const { slug } = await params;
  const category = isCatalogSlug(slug) ? await getCachedCategory(slug) : null;
  // Canonical and robots rules for filtered, sorted and paginated lists: lib/seo/list-canonical.ts.
  return category
    ? categoryMetadata(category, parseShopListParams(await searchParams))
    : { title: 'Categoría no encontrada' };
}

/**
 * `/categorias/[slug]` with list parameters (rewritten here by next.config.js). The category is known
 * before the hole, so an unknown one still answers 404 and an old slug a real redirect (to the current
 * category's page; the list parameters are read only inside the hole, so they are not carried over).
 */
export default async function CategorySearchPage({ params, searchParams }: PageProps) {
  const { slug } = await params;
  const category = isCatalogSlug(slug) ? await getCachedCategory(slug) : null;
  if (!category) {
    if (isCatalogSlug(slug)) await redirectIfRenamed('category', slug); // an old slug: to the current URL
    notFound();
  }
  return (
    <SearchListHole
      searchParams={searchParams}
      fallbackTitle={category.name}
      basePath={`/categorias/${category.slug}`}
      category={category}
    />
  );
}
