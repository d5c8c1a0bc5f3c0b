import { permanentRedirect } from 'next/navigation';
import { getCachedRenamedSlug } from './cached-seo';
import { categoryPath, productPath } from './site-url';

export type SlugKind = 'product' | 'category';

/** The current path for an old slug, or null. */
export async function renamedPath(kind: SlugKind, slug: string): Promise<string | null> {
  const current = await getCachedRenamedSlug(kind, slug);
  if (!current) return null;
  return kind === 'product' ? productPath(current) : categoryPath(current);
}

/**
 * For a page about to answer 404: if the slug is an old one, redirect permanently (Next's
 * `permanentRedirect`: 308) to the current URL instead. Called above any Suspense boundary (the
 * product's layout, the category pages), so the status is real; a live URL never reaches it, so the
 * catalogue's hot path pays nothing for old slugs (docs/seo.md).
 */
export async function redirectIfRenamed(kind: SlugKind, slug: string): Promise<void> {
  const path = await renamedPath(kind, slug);
  // Next.js 16.4 sends the first, freshly rendered answer of a stored redirect with two identical
  // Location headers (browsers accept identical copies; e2e/seo.spec.ts checks both name the new URL).
  // Reading request data here to avoid storing it would turn the status into a streamed 200 instead.
  if (path) permanentRedirect(path);
}
