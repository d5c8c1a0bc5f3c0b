import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SearchListHole, type SearchParams } from '@/components/catalog/list-pages';
import { getCachedCategories, getCachedCategory } from '@/lib/catalog/cached-catalog';
import { isCatalogSlug } from '@/lib/catalog/slug';

type PageProps = { params: Promise<{ slug: string }>; searchParams: SearchParams };

export async function generateStaticParams(): Promise<{ slug: string }[]> {
  const categories = await getCachedCategories();
  return categories.length > 0 ? categories.map((c) => ({ slug: c.slug })) : [{ slug: 'no-existe' }];
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { slug } = await params;
  const category = isCatalogSlug(slug) ? await getCachedCategory(slug) : null;
  return category
    ? { title: category.name, description: category.description, robots: { index: false, follow: true } }
    : { title: 'Categoría no encontrada' };
}

/**
 * `/categorias/[slug]` with list parameters (rewritten here by next.config.js). The category is known
 * before the hole, so an unknown one still answers 404.
 */
export default async function CategorySearchPage({ params, searchParams }: PageProps) {
  const { slug } = await params;
  const category = isCatalogSlug(slug) ? await getCachedCategory(slug) : null;
  if (!category) notFound();
  return (
    <SearchListHole
      searchParams={searchParams}
      fallbackTitle={category.name}
      basePath={`/categorias/${category.slug}`}
      category={category}
    />
  );
}
