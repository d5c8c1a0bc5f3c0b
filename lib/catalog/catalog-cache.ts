import { getListenDb, type Database } from '@/db/client';
import { errorFields, logger } from '@/lib/logger';
import { CATALOG_CHANNEL, CATALOG_TAGS, decodeInvalidation, peekCatalogCache, setCatalogCache } from './cache-tags';
import { TagCache, type CacheLoadOptions } from './tag-cache';

/**
 * How long a cached catalogue read may be served. Anything showing availability or prices expires
 * after 5 s (#23), even if an invalidation is missed; categories and tags after a minute. Invalidation
 * (see cache-tags.ts) normally removes entries long before that.
 */
export const CATALOG_TTL_MS = { availability: 5_000, reference: 60_000 } as const;

const MAX_ENTRIES = 2_000;
const LISTEN_RETRY_MS = 30_000;

/**
 * The worker's HTML cache of anonymous pages (lib/http/page-cache.ts), registered by scripts/serve.ts.
 * It is emptied right after this data cache, from the same notification, so a page rendered after an
 * invalidation can never be built from data the invalidation should have removed; and it stores
 * nothing until this process listens.
 */
type PageCacheHook = { invalidate: () => void; setListening: (listening: boolean) => void };
const globalForPages = globalThis as unknown as { boticaPageCache?: PageCacheHook };

/**
 * Subscribes `cache` to the invalidations any instance sends with `invalidateCatalog`. On every
 * (re)connection of the listening session the cache is cleared, because notifications sent while it
 * was disconnected are lost.
 */
export async function subscribeToCatalogInvalidations(db: Database, cache: TagCache): Promise<() => Promise<void>> {
  const { unlisten } = await db.$client.listen(
    CATALOG_CHANNEL,
    (payload) => {
      cache.invalidate(decodeInvalidation(payload));
      globalForPages.boticaPageCache?.invalidate();
    },
    () => {
      cache.clear();
      globalForPages.boticaPageCache?.invalidate();
      globalForPages.boticaPageCache?.setListening(true);
    },
  );
  return unlisten;
}

const globalForListen = globalThis as unknown as {
  boticaCatalogListen?: { ready: Promise<unknown>; failedAt?: number };
};

function ensureSubscribed(cache: TagCache): void {
  const state = globalForListen.boticaCatalogListen;
  if (state && (state.failedAt === undefined || Date.now() - state.failedAt < LISTEN_RETRY_MS)) return;
  const next: { ready: Promise<unknown>; failedAt?: number } = { ready: Promise.resolve() };
  next.ready = subscribeToCatalogInvalidations(getListenDb(), cache).catch((error: unknown) => {
    // Without the subscription other instances' edits reach this one through expiry only (≤ 5 s for availability).
    next.failedAt = Date.now();
    logger.warn(errorFields(error), 'catalog.cache_listen_failed');
  });
  globalForListen.boticaCatalogListen = next;
}

/** The process's catalogue cache, subscribed to invalidations through the app pool. */
export function getCatalogCache(): TagCache {
  let cache = peekCatalogCache();
  if (!cache) {
    cache = new TagCache({ maxEntries: MAX_ENTRIES });
    setCatalogCache(cache);
  }
  ensureSubscribed(cache);
  return cache;
}

/** Resolves once this process listens for invalidations (or the attempt failed and was logged). */
export async function whenCatalogCacheSubscribed(): Promise<void> {
  getCatalogCache();
  await globalForListen.boticaCatalogListen?.ready;
}

/** A cached catalogue read. Every entry also carries the `catalog` tag. */
export function cachedCatalogRead<T>(key: string, options: CacheLoadOptions<T>, load: () => Promise<T>): Promise<T> {
  return getCatalogCache().getOrLoad(key, { ...options, tags: [CATALOG_TAGS.all, ...(options.tags ?? [])] }, load);
}
