'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { getCurrentUser } from '@/lib/auth/guards';
import { toActionState, type ActionState } from '@/lib/http/action-state';
import { createRequestContext } from '@/lib/http/request-context';
import { markNotificationsRead } from '@/lib/notifications/mark-notifications-read';

/**
 * Marks the caller's notifications read: `ids`, or all when absent. Checks the session itself; the
 * service filters by owner, so ids of someone else's notifications change nothing.
 */
export async function markNotificationsReadAction(input: { ids?: string[] }): Promise<ActionState> {
  const ctx = createRequestContext(undefined, { action: 'notifications-read' });
  try {
    const user = await getCurrentUser();
    if (!user) return { ok: false, code: 'AUTH-REQUIRED', message: 'Inicia sesión para continuar.' };
    const { updated } = await markNotificationsRead(getDb(), { userId: user.id, input });
    // The header bell is in the root layout: refresh it along with this page.
    revalidatePath('/', 'layout');
    return {
      ok: true,
      message: updated === 1 ? 'Notificación marcada como leída.' : `${updated} notificaciones marcadas como leídas.`,
    };
  } catch (error) {
    return toActionState(error, ctx.log);
  }
}
