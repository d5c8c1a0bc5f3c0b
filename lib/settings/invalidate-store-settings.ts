import { sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { CATALOG_CHANNEL, encodeInvalidation, peekCatalogCache } from '@/lib/catalog/cache-tags';
import { errorFields, logger } from '@/lib/logger';

/**
 * The cache tag of everything rendered from the store settings (footer contact, pickup address and
 * hours, the cart's free-shipping hint). A cached reader of the settings must carry it.
 */
export const STORE_SETTINGS_TAG = 'store-settings';

const globalForPages = globalThis as unknown as { boticaPageCache?: { invalidate: () => void } };

/**
 * The one call that makes a settings change visible everywhere; updateStoreSettings calls it after
 * its transaction commits.
 *
 * Settings themselves are read from PostgreSQL on every request (lib/settings/read-store-settings.ts),
 * so no process holds a stale copy of them. What does hold them is HTML: the anonymous page cache of
 * every server worker (lib/http/page-cache.ts) replays pages whose footer shows the spa's address and
 * hours. This empties this worker's page cache at once and sends the tag on the catalogue channel,
 * whose listener in every worker and instance (lib/catalog/catalog-cache.ts) empties its page cache
 * too. A lost NOTIFY is logged; the page cache's 5-second expiry bounds what a worker still shows.
 */
export async function invalidateStoreSettings(): Promise<void> {
  const tags = [STORE_SETTINGS_TAG];
  peekCatalogCache()?.invalidate(tags);
  globalForPages.boticaPageCache?.invalidate();
  try {
    await getDb().execute(sql`SELECT pg_notify(${CATALOG_CHANNEL}, ${encodeInvalidation(tags)})`);
  } catch (error) {
    logger.error(errorFields(error), 'settings.invalidation_notify_failed');
  }
}
