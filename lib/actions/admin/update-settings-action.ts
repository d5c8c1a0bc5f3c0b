'use server';

import { revalidatePath, updateTag } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { action } from '@/lib/actions/action';
import { requireArea } from '@/lib/admin/shared/access';
import { settingsFormInput } from '@/lib/settings/settings-form-input';
import { updateStoreSettings } from '@/lib/settings/update-store-settings';
import { STORE_SETTINGS_TAG } from '@/lib/settings/invalidate-store-settings';

/** The whole Ajustes form; every field is checked and either all of it is saved or none. */
export const updateSettingsAction = action(
  { name: 'admin.update-settings', auth: 'admin', schema: z.unknown() },
  async ({ form, requestId }) => {
    // Store settings are an ADMIN-only area (lib/admin/shared/access.ts).
    const user = await requireArea('settings');
    await updateStoreSettings(getDb(), { input: settingsFormInput(form), actor: { id: user.id, requestId } });
    updateTag(STORE_SETTINGS_TAG); // the footer of every cached page
    revalidatePath('/admin/ajustes');
    return { ok: true, message: 'Ajustes guardados. Rigen desde ya en toda la tienda.' };
  },
);
