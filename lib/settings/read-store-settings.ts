import { cache } from 'react';
import { getDb } from '@/db/client';
import { getStoreSettings, type StoreSettings } from './store-settings';

/**
 * The settings for a page render (footer, cart, checkout, order page): read once per request from
 * PostgreSQL, so every worker and instance shows a change from its next request on. Services that
 * decide something (checkout, cart limits, returns) read `getStoreSettings(tx)` inside their own
 * transaction instead. Anything that caches this read across requests must tag it with
 * STORE_SETTINGS_TAG (lib/settings/invalidate-store-settings.ts).
 */
export const readStoreSettings = cache((): Promise<StoreSettings> => getStoreSettings(getDb()));
