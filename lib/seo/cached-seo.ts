import { getDb } from '@/db/client';
import { CATALOG_TAGS } from '@/lib/catalog/cache-tags';
import { CATALOG_TTL_MS, cachedCatalogRead } from '@/lib/catalog/catalog-cache';
import { listSlugRedirects, type SlugRedirects } from '@/lib/catalog/find-renamed-slug';
import { listFeedVariants } from '@/lib/catalog/list-feed-items';
import { getStoreSettings } from '@/lib/settings/store-settings';
import { feedItems, type FeedItem } from './feeds';
import { buildSitemapFile, buildSitemapRoot } from './sitemap';
import { storeIdentityFrom, type StoreIdentity } from './store-identity';

/*
 * Every cached read of the SEO routes, in one place (the builders stay plain `fn(db, …)` for tests),
 * through the catalogue's cache and its tags, so an admin edit shows on the next request: sitemap and
 * old-slug map carry `catalog:lists` + `catalog:categories` (60 s at most), the feed items
 * `catalog:lists` (5 s at most: they show availability), the store's details 5 s.
 */

const reference = { ttlMs: CATALOG_TTL_MS.reference, tags: [CATALOG_TAGS.lists, CATALOG_TAGS.categories] };

export function getCachedSitemapRoot(): Promise<string> {
  return cachedCatalogRead('seo:sitemap', reference, () => buildSitemapRoot(getDb()));
}

export function getCachedSitemapFile(name: string): Promise<string | null> {
  return cachedCatalogRead(`seo:sitemap:${name}`, reference, () => buildSitemapFile(getDb(), name));
}

/** The whole (small) map of renamed slugs; one query per catalogue change. */
export function getCachedSlugRedirects(): Promise<SlugRedirects> {
  return cachedCatalogRead('seo:slug-redirects', reference, () => listSlugRedirects(getDb()));
}

export function getCachedFeedItems(): Promise<FeedItem[]> {
  return cachedCatalogRead(
    'seo:feed-items',
    { ttlMs: CATALOG_TTL_MS.availability, tags: [CATALOG_TAGS.lists] },
    async () => feedItems(await listFeedVariants(getDb())),
  );
}

/** The spa's details from lib/settings (the `store` group once the settings page adds it). */
export function getCachedStoreIdentity(): Promise<StoreIdentity> {
  return cachedCatalogRead('seo:store-identity', { ttlMs: CATALOG_TTL_MS.availability }, async () =>
    storeIdentityFrom(await getStoreSettings(getDb())),
  );
}
