import { now, tagState } from '@/cache-handlers/tag-state.mjs';
import { getDb } from '@/db/client';
import { CATALOG_TAGS } from '@/lib/catalog/cache-tags';
import { listSlugRedirects, type SlugRedirects } from '@/lib/catalog/find-renamed-slug';
import { listFeedVariants } from '@/lib/catalog/list-feed-items';
import { STORE_SETTINGS_TAG } from '@/lib/settings/invalidate-store-settings';
import { getStoreSettings } from '@/lib/settings/store-settings';
import { feedItems, type FeedItem } from './feeds';
import { buildSitemapFile, buildSitemapRoot } from './sitemap';
import { storeIdentityFrom, type StoreIdentity } from './store-identity';

/*
 * Every cached read of the SEO routes and the slug-redirect proxy, in one place (the builders stay plain
 * `fn(db, …)` for tests). These are route handlers and proxy.ts, not components, so they keep a small
 * in-process memo instead of `'use cache'`; it agrees with the pages through the same tag state
 * (cache-handlers/tag-state.mjs): an entry older than the last invalidation of one of its tags, here or
 * in any process, is read again, and it lives at most `ttlMs` anyway (what availability may lag).
 */
type Entry = { value: Promise<unknown>; at: number };
const memo = new Map<string, Entry>();

function cached<T>(key: string, options: { tags: string[]; ttlMs: number }, load: () => Promise<T>): Promise<T> {
  const entry = memo.get(key);
  const state = tagState();
  state.ensureListening();
  if (entry && now() - entry.at < options.ttlMs && !state.isExpired(options.tags, entry.at)) {
    return entry.value as Promise<T>;
  }
  const value = load();
  memo.set(key, { value, at: now() });
  // A failed read is not kept: the next request tries again.
  value.catch(() => memo.delete(key));
  return value;
}

const reference = { ttlMs: 60_000, tags: [CATALOG_TAGS.lists, CATALOG_TAGS.categories] };

export function getCachedSitemapRoot(): Promise<string> {
  return cached('seo:sitemap', reference, () => buildSitemapRoot(getDb()));
}

export function getCachedSitemapFile(name: string): Promise<string | null> {
  return cached(`seo:sitemap:${name}`, reference, () => buildSitemapFile(getDb(), name));
}

/** The whole (small) map of renamed slugs; one query per catalogue change. */
export function getCachedSlugRedirects(): Promise<SlugRedirects> {
  return cached('seo:slug-redirects', reference, () => listSlugRedirects(getDb()));
}

export function getCachedFeedItems(): Promise<FeedItem[]> {
  return cached('seo:feed-items', { ttlMs: 5_000, tags: [CATALOG_TAGS.lists] }, async () =>
    feedItems(await listFeedVariants(getDb())),
  );
}

/** The spa's details from lib/settings (the `store` group of the Ajustes page). */
export function getCachedStoreIdentity(): Promise<StoreIdentity> {
  return cached('seo:store-identity', { ttlMs: 5_000, tags: [STORE_SETTINGS_TAG] }, async () =>
    storeIdentityFrom(await getStoreSettings(getDb())),
  );
}
