import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { getCachedProduct } from '@/lib/catalog/cached-catalog';
import { isCatalogSlug } from '@/lib/catalog/slug';
import { redirectIfRenamed } from '@/lib/seo/slug-redirects';

/**
 * Decides "is this product listed" above the page's loading.tsx boundary, so unknown, inactive and
 * deleted products answer a real 404 (once the skeleton streams the status is already 200). The page
 * reads the same cached entry.
 */
export default async function ProductLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ slug: string }>;
}) {
  const { slug } = await params;
  if (!isCatalogSlug(slug)) notFound();
  if (!(await getCachedProduct(slug))) {
    await redirectIfRenamed('product', slug); // an old slug: permanent redirect to the current URL
    notFound();
  }
  return children;
}
