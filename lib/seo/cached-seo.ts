import { cacheLife, cacheTag } from 'next/cache';
import { getDb } from '@/db/client';
import { CATALOG_TAGS } from '@/lib/catalog/cache-tags';
import { findRenamedSlug } from '@/lib/catalog/find-renamed-slug';
import { listFeedVariants } from '@/lib/catalog/list-feed-items';
import { STORE_SETTINGS_TAG } from '@/lib/settings/invalidate-store-settings';
import { getStoreSettings } from '@/lib/settings/store-settings';
import { feedItems, type FeedItem } from './feeds';
import { buildSitemapFile, buildSitemapRoot } from './sitemap';
import { storeIdentityFrom, type StoreIdentity } from './store-identity';

/*
 * The SEO routes' and the slug redirects' reads, in Next.js's own cache (`'use cache'`, the same
 * handlers and tag state as the catalogue pages: cache-handlers/), tagged with the catalogue's
 * vocabulary (lib/catalog/cache-tags.ts) so an admin edit shows on the next request on every instance.
 * The builders stay plain `fn(db, …)` for tests. The data routes call `connection()` before reading,
 * so nothing here runs at build time.
 */

export async function getCachedSitemapRoot(): Promise<string> {
  'use cache';
  cacheLife('reference');
  cacheTag(CATALOG_TAGS.all, CATALOG_TAGS.lists, CATALOG_TAGS.categories);
  return buildSitemapRoot(getDb());
}

export async function getCachedSitemapFile(name: string): Promise<string | null> {
  'use cache';
  cacheLife('reference');
  cacheTag(CATALOG_TAGS.all, CATALOG_TAGS.lists, CATALOG_TAGS.categories);
  return buildSitemapFile(getDb(), name);
}

/**
 * The current slug for an old one, or null. Asked only by pages about to answer 404, so a live URL
 * never pays for it. Any product change drops `catalog:lists` and any category change
 * `catalog:categories`, which covers every rename, deactivation and slug taken back into use.
 */
export async function getCachedRenamedSlug(kind: 'product' | 'category', slug: string): Promise<string | null> {
  'use cache';
  cacheLife('reference');
  cacheTag(CATALOG_TAGS.all, CATALOG_TAGS.lists, CATALOG_TAGS.categories);
  return findRenamedSlug(getDb(), kind, slug);
}

/** Feed items show availability: the catalogue profile (regenerated after 5 s at most). */
export async function getCachedFeedItems(): Promise<FeedItem[]> {
  'use cache';
  cacheLife('catalog');
  cacheTag(CATALOG_TAGS.all, CATALOG_TAGS.lists);
  return feedItems(await listFeedVariants(getDb()));
}

/** The spa's details from lib/settings (the `store` group of the Ajustes page). */
export async function getCachedStoreIdentity(): Promise<StoreIdentity> {
  'use cache';
  cacheLife('catalog');
  cacheTag(STORE_SETTINGS_TAG);
  return storeIdentityFrom(await getStoreSettings(getDb()));
}
