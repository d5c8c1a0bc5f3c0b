'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/guards';
import { type ActionState, toActionState } from '@/lib/http/action-state';
import { actionContext, formText } from '@/lib/http/cart-actions-shared';
import { savePreferences } from '@/lib/notifications/preferences';

/** The preferences form in the API's terms; the logic is in lib/notifications/preferences.ts. */
export async function savePreferencesAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const { log } = await actionContext('preferences.save');
  try {
    const user = await requireUser();
    const start = formText(form, 'quietStart') ?? '';
    const end = formText(form, 'quietEnd') ?? '';
    await savePreferences(getDb(), {
      userId: user.id,
      input: {
        email: {
          restock: form.get('restock') !== null,
          priceDrops: form.get('priceDrops') !== null,
          lowCreditReminders: form.get('lowCreditReminders') !== null,
        },
        quietHours: start || end ? { start, end } : null,
      },
    });
    revalidatePath('/cuenta/preferencias');
    return { ok: true, message: 'Guardamos tus preferencias.' };
  } catch (error) {
    return toActionState(error, log);
  }
}
