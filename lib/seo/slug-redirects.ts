import { permanentRedirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { CATALOG_TAGS } from '@/lib/catalog/cache-tags';
import { CATALOG_TTL_MS, cachedCatalogRead } from '@/lib/catalog/catalog-cache';
import { listSlugRedirects, type SlugRedirects } from '@/lib/catalog/find-renamed-slug';
import { categoryPath, productPath } from './site-url';

export type SlugKind = 'product' | 'category';

/** The whole (small) map of renamed slugs, cached; any product or category change drops it. */
export function getCachedSlugRedirects(): Promise<SlugRedirects> {
  return cachedCatalogRead(
    'seo:slug-redirects',
    { ttlMs: CATALOG_TTL_MS.reference, tags: [CATALOG_TAGS.lists, CATALOG_TAGS.categories] },
    () => listSlugRedirects(getDb()),
  );
}

/** The current path for an old slug, or null. */
export async function renamedPath(kind: SlugKind, slug: string): Promise<string | null> {
  const redirects = await getCachedSlugRedirects();
  const current = (kind === 'product' ? redirects.products : redirects.categories).get(slug);
  if (!current) return null;
  return kind === 'product' ? productPath(current) : categoryPath(current);
}

/**
 * For a page about to answer 404: if the slug is an old one, redirect permanently to the current
 * URL instead. proxy.ts answers these with a 301 before rendering; this is the fallback inside the
 * page (Next's permanentRedirect answers 308) for anything that reaches the page anyway.
 */
export async function redirectIfRenamed(kind: SlugKind, slug: string): Promise<void> {
  const path = await renamedPath(kind, slug);
  if (path) permanentRedirect(path);
}
