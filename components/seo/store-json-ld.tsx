import { cacheLife, cacheTag } from 'next/cache';
import { getDb } from '@/db/client';
import { storeJsonLd } from '@/lib/seo/json-ld';
import { storeIdentityFrom } from '@/lib/seo/store-identity';
import { STORE_SETTINGS_TAG } from '@/lib/settings/invalidate-store-settings';
import { getStoreSettings } from '@/lib/settings/store-settings';
import { JsonLdScript } from './json-ld';

/**
 * Organization and LocalBusiness (the spa's address and hours from the store settings), for the home
 * page. Cached with the page under the settings' tag, so an edit on Ajustes shows on the next load.
 */
export async function StoreJsonLd() {
  'use cache';
  cacheLife('catalog');
  cacheTag(STORE_SETTINGS_TAG);
  return <JsonLdScript data={storeJsonLd(storeIdentityFrom(await getStoreSettings(getDb())))} />;
}
