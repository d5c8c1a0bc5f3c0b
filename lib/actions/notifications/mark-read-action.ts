'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { action } from '@/lib/actions/action';
import { markNotificationsRead } from '@/lib/notifications/mark-notifications-read';

/**
 * Marks the caller's notifications read: `ids`, or all when absent. The service filters by owner
 * and validates the ids, so ids of someone else's notifications change nothing.
 */
export const markNotificationsReadAction = action(
  { name: 'notifications-read', auth: 'user', schema: z.object({ ids: z.unknown().optional() }) },
  async ({ user, input }) => {
    const { updated } = await markNotificationsRead(getDb(), { userId: user.id, input });
    // The header bell is in the root layout: refresh it along with this page.
    revalidatePath('/', 'layout');
    return {
      ok: true,
      message: updated === 1 ? 'Notificación marcada como leída.' : `${updated} notificaciones marcadas como leídas.`,
    };
  },
);
