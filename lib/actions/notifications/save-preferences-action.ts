'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { action } from '@/lib/actions/action';
import { optionalText } from '@/lib/actions/form-fields';
import { savePreferences } from '@/lib/notifications/preferences';

/** The preferences form in the API's terms; the logic is in lib/notifications/preferences.ts. */
export const savePreferencesAction = action(
  {
    name: 'preferences.save',
    auth: 'user',
    schema: z.object({
      restock: optionalText,
      priceDrops: optionalText,
      lowCreditReminders: optionalText,
      quietStart: optionalText,
      quietEnd: optionalText,
    }),
  },
  async ({ user, input }) => {
    const start = input.quietStart ?? '';
    const end = input.quietEnd ?? '';
    await savePreferences(getDb(), {
      userId: user.id,
      input: {
        email: {
          restock: input.restock !== undefined,
          priceDrops: input.priceDrops !== undefined,
          lowCreditReminders: input.lowCreditReminders !== undefined,
        },
        quietHours: start || end ? { start, end } : null,
      },
    });
    revalidatePath('/cuenta/preferencias');
    return { ok: true, message: 'Guardamos tus preferencias.' };
  },
);
