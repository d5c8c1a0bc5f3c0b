import { getDb } from '@/db/client';
import { requireArea } from '@/lib/admin/shared/access';
import { apiRoute } from '@/lib/http/api-route';
import { getStoreSettings } from '@/lib/settings/store-settings';
import { updateStoreSettings } from '@/lib/settings/update-store-settings';
import { revalidateCatalogTags } from '@/lib/catalog/door-tags';
import { STORE_SETTINGS_TAG } from '@/lib/settings/invalidate-store-settings';

export const GET = apiRoute(async () => {
  await requireArea('settings');
  return Response.json(await getStoreSettings(getDb()));
});

/** Any subset of the settings; all of it applies or none of it does. Answers the whole set. */
export const PATCH = apiRoute(async ({ readJson, requestId }) => {
  const user = await requireArea('settings');
  const settings = await updateStoreSettings(getDb(), { input: await readJson(), actor: { id: user.id, requestId } });
  revalidateCatalogTags({}, [STORE_SETTINGS_TAG]); // the footer of every cached page
  return Response.json(settings);
});
