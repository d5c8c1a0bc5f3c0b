/**
 * A second app process for lib/settings/settings.integration.test.ts: it does what a server worker
 * does with the settings, nothing more. It opens its own pool, listens for invalidations exactly as
 * a worker does (lib/catalog/catalog-cache.ts) with a stand-in for its page cache, and on each `read`
 * line on stdin answers one JSON line: the settings as its next request would read them, and how
 * many times its page cache has been emptied.
 */
import { createInterface } from 'node:readline';
import { createDb } from '@/db/client';
import { subscribeToCatalogInvalidations } from '@/lib/catalog/catalog-cache';
import { TagCache } from '@/lib/catalog/tag-cache';
import { requireDatabaseUrl } from '@/lib/env';
import { getStoreSettings } from '@/lib/settings/store-settings';

const pageCache = { emptied: 0, listening: false };
(globalThis as unknown as { boticaPageCache?: unknown }).boticaPageCache = {
  invalidate: () => void pageCache.emptied++,
  setListening: (listening: boolean) => void (pageCache.listening = listening),
};

const db = createDb({ url: requireDatabaseUrl(), max: 2, applicationName: 'botica-settings-peer' });
await subscribeToCatalogInvalidations(db, new TagCache({ maxEntries: 10 }));
process.stdout.write(`${JSON.stringify({ ready: true, pid: process.pid })}\n`);

for await (const line of createInterface({ input: process.stdin })) {
  if (line.trim() !== 'read') continue;
  const settings = await getStoreSettings(db);
  process.stdout.write(`${JSON.stringify({ settings, pageCacheEmptied: pageCache.emptied, pid: process.pid })}\n`);
}
await db.$client.end({ timeout: 5 });
