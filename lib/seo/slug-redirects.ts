import { permanentRedirect } from 'next/navigation';
import { getCachedSlugRedirects } from './cached-seo';
import { categoryPath, productPath } from './site-url';

export type SlugKind = 'product' | 'category';

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
