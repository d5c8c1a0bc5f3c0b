import { invalidateCacheTags } from '@/lib/catalog/cache-tags';

/**
 * The cache tag of everything rendered from the store settings (the footer's contact block, which
 * is cached with the catalogue pages: components/layout/site-footer.tsx). A cached reader of the
 * settings must carry it.
 */
export const STORE_SETTINGS_TAG = 'store-settings';

/**
 * The one call that makes a settings change visible everywhere; updateStoreSettings calls it after
 * its transaction commits. Settings themselves are read from PostgreSQL on every request
 * (lib/settings/read-store-settings.ts); what holds them is cached HTML. The tag expires in this
 * process at once and travels on the catalogue channel to every other process and instance, whose
 * cache handlers (cache-handlers/tag-state.mjs) expire it too. A lost NOTIFY is logged; the
 * footer's short revalidation bounds what a process still shows.
 */
export async function invalidateStoreSettings(): Promise<void> {
  await invalidateCacheTags([STORE_SETTINGS_TAG]);
}
