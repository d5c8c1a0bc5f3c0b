'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { action } from '@/lib/actions/action';
import { requireArea } from '@/lib/admin/shared/access';
import { settingsFormInput } from '@/lib/settings/settings-form-input';
import { updateStoreSettings } from '@/lib/settings/update-store-settings';

/** The whole Ajustes form; every field is checked and either all of it is saved or none. */
export const updateSettingsAction = action(
  { name: 'admin.update-settings', auth: 'admin', schema: z.unknown() },
  async ({ form, requestId }) => {
    // Store settings are an ADMIN-only area (lib/admin/shared/access.ts).
    const user = await requireArea('settings');
    await updateStoreSettings(getDb(), { input: settingsFormInput(form), actor: { id: user.id, requestId } });
    revalidatePath('/admin/ajustes');
    return { ok: true, message: 'Ajustes guardados. Rigen desde ya en toda la tienda.' };
  },
);
