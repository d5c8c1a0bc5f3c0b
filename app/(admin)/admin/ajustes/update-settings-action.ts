'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { requireArea } from '@/lib/admin/shared/access';
import { adminActionContext, adminActionError } from '@/lib/admin/shared/action-result';
import type { ActionState } from '@/lib/http/action-state';
import { updateStoreSettings } from '@/lib/settings/update-store-settings';
import { settingsFormInput } from './settings-form-input';

/** The whole Ajustes form; every field is checked and either all of it is saved or none. */
export async function updateSettingsAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const ctx = adminActionContext('update-settings');
  try {
    const user = await requireArea('settings');
    await updateStoreSettings(getDb(), {
      input: settingsFormInput(form),
      actor: { id: user.id, requestId: ctx.requestId },
    });
  } catch (error) {
    return adminActionError(error, ctx);
  }
  revalidatePath('/admin/ajustes');
  return { ok: true, message: 'Ajustes guardados. Rigen desde ya en toda la tienda.' };
}
