import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { getCachedProduct } from '@/lib/catalog/cached-catalog';
import { isCatalogSlug } from '@/lib/catalog/slug';
import { redirectIfRenamed } from '@/lib/seo/slug-redirects';

/**
 * Decides "is this product listed" before anything of the page is sent, so unknown, inactive and
 * deleted products answer a real 404, and an old slug a redirect. The page reads the same cached entry.
 *
 * There is deliberately no loading.tsx under this segment: with that Suspense boundary, the prerendered
 * product HTML held only the skeleton (the boundary stayed pending in the static shell while the RSC
 * payload carried the page), so browsers and Googlebot got no <h1>, no picture and no Product JSON-LD
 * until hydration (e2e/seo.spec.ts checks the raw HTML). Like the category page, the product page is
 * all cached data, so it renders in one piece.
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
