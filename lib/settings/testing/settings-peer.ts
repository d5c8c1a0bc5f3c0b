/**
 * A second app process for lib/settings/settings.integration.test.ts: it does what a server worker
 * does with the settings, nothing more. It opens its own pool and listens for cache invalidations
 * exactly as a worker's cache handlers do (cache-handlers/tag-state.mjs), and on each `read` line on
 * stdin answers one JSON line: the settings as its next request would read them, and whether its cached
 * HTML tagged with the settings (the footer) counts as expired.
 */
import { createInterface } from 'node:readline';
import { now, tagState } from '@/cache-handlers/tag-state.mjs';
import { createDb } from '@/db/client';
import { requireDatabaseUrl } from '@/lib/env';
import { STORE_SETTINGS_TAG } from '@/lib/settings/invalidate-store-settings';
import { getStoreSettings } from '@/lib/settings/store-settings';

const db = createDb({ url: requireDatabaseUrl(), max: 2, applicationName: 'botica-settings-peer' });
const state = tagState();
state.ensureListening();
// Connected once the listener has marked everything before it stale; a page cached after that point
// stays valid until one of its tags is invalidated.
while (state.clearedAt === 0) await new Promise((resolve) => setTimeout(resolve, 20));
const cachedAt = now();
process.stdout.write(`${JSON.stringify({ ready: true, pid: process.pid })}\n`);

for await (const line of createInterface({ input: process.stdin })) {
  if (line.trim() !== 'read') continue;
  const settings = await getStoreSettings(db);
  // An entry made when the peer started (before the test's PATCH): is it a miss now?
  const footerExpired = state.expiration([STORE_SETTINGS_TAG]) > cachedAt;
  process.stdout.write(`${JSON.stringify({ settings, footerExpired, pid: process.pid })}\n`);
}
await db.$client.end({ timeout: 5 });
