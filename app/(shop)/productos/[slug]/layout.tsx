import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { getCachedProduct } from '@/lib/catalog/cached-catalog';
import { isCatalogSlug } from '@/lib/catalog/slug';
import { redirectIfRenamed } from '@/lib/seo/slug-redirects';

/**
 * Decides "is this product listed" before anything of the page is sent, so unknown, inactive and
 * deleted products answer a real 404, and an old slug a redirect. The page reads the same cached entry.
 *
 * There is deliberately no loading.tsx under this segment. With that Suspense boundary, a client
 * component that read the clock while the page was prerendered (the reviews list's TanStack initial
 * data) silently left the boundary pending: the cached product HTML held only the skeleton, so browsers
 * and Googlebot got no <h1>, no picture and no Product JSON-LD until hydration. Without it, such a read
 * fails the build instead (Cache Components names the component), and the page, all cached data like
 * the category page, renders in one piece. e2e/seo.spec.ts checks the HTML as Googlebot gets it.
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
