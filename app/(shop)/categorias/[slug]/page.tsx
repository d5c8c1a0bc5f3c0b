import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ProductListView } from '@/components/catalog/product-list-view';
import { getCachedCategories, getCachedCategory } from '@/lib/catalog/cached-catalog';
import { parseShopListParams } from '@/lib/catalog/shop-list-params';
import { isCatalogSlug } from '@/lib/catalog/slug';
import { categoryMetadata } from '@/lib/seo/metadata';
import { redirectIfRenamed } from '@/lib/seo/slug-redirects';

type PageProps = { params: Promise<{ slug: string }> };

/** Every category is prerendered at build time and then cached (invalidated by tag). */
export async function generateStaticParams(): Promise<{ slug: string }[]> {
  const categories = await getCachedCategories();
  // An empty catalogue (a fresh database) still builds: the placeholder renders the 404.
  return categories.length > 0 ? categories.map((c) => ({ slug: c.slug })) : [{ slug: 'no-existe' }];
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { slug } = await params;
  const category = isCatalogSlug(slug) ? await getCachedCategory(slug) : null;
  return category ? categoryMetadata(category, parseShopListParams({})) : { title: 'Categoría no encontrada' };
}

/**
 * A category without list parameters: a cached page, the same for everyone. With any of them
 * next.config.js rewrites the request to /busqueda/categorias/[slug].
 */
export default async function CategoryPage({ params }: PageProps) {
  const { slug } = await params;
  const category = isCatalogSlug(slug) ? await getCachedCategory(slug) : null;
  if (!category) {
    if (isCatalogSlug(slug)) await redirectIfRenamed('category', slug); // an old slug: to the current URL
    notFound();
  }
  return (
    <ProductListView
      title={category.name}
      description={category.description}
      basePath={`/categorias/${category.slug}`}
      state={{ ...parseShopListParams({}), categoria: undefined }}
      fixedCategory={category.slug}
    />
  );
}
