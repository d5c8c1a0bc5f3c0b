import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { getCachedCategory } from '@/lib/catalog/cached-catalog';
import { isCatalogSlug } from '@/lib/catalog/slug';
import { redirectIfRenamed } from '@/lib/seo/slug-redirects';

/**
 * Decides "does this category exist" above the page's loading.tsx boundary: once the skeleton
 * streams, the status is already 200, so a notFound() in the page could no longer answer 404.
 */
export default async function CategoryLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ slug: string }>;
}) {
  const { slug } = await params;
  if (!isCatalogSlug(slug)) notFound();
  if (!(await getCachedCategory(slug))) {
    await redirectIfRenamed('category', slug); // an old slug: permanent redirect to the current URL
    notFound();
  }
  return children;
}
