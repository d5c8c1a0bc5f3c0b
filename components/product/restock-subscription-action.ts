'use server';

import { z } from 'zod';
import { getDb } from '@/db/client';
import { getCurrentUser } from '@/lib/auth/guards';
import { toActionState, type ActionState } from '@/lib/http/action-state';
import { createRequestContext } from '@/lib/http/request-context';
import { subscribeToRestock, unsubscribeFromRestock } from '@/lib/notifications/restock-subscriptions';
import { parseInput } from '@/lib/validation';

export type RestockActionState = ActionState & { subscribed?: boolean };

const inputSchema = z.object({
  variantId: z.string().min(1, { error: 'Falta la variante.' }),
  subscribe: z.boolean({ error: 'Indica si quieres el aviso.' }),
});

/**
 * "Avísame cuando vuelva" from the product page. A public endpoint like any server action: it checks
 * the session itself and only ever touches the caller's own subscription.
 */
export async function setRestockSubscriptionAction(input: {
  variantId: string;
  subscribe: boolean;
}): Promise<RestockActionState> {
  const ctx = createRequestContext(undefined, { action: 'restock-subscription' });
  try {
    const user = await getCurrentUser();
    if (!user)
      return { ok: false, code: 'AUTH-REQUIRED', message: 'Inicia sesión para que te avisemos cuando vuelva.' };
    const { variantId, subscribe } = parseInput(inputSchema, input);
    const state = subscribe
      ? await subscribeToRestock(getDb(), { userId: user.id, variantId })
      : await unsubscribeFromRestock(getDb(), { userId: user.id, variantId });
    return {
      ok: true,
      subscribed: state.subscribed,
      message: state.subscribed
        ? 'Listo: te avisaremos por correo y en tus notificaciones cuando vuelva.'
        : 'Quitamos el aviso para este producto.',
    };
  } catch (error) {
    return toActionState(error, ctx.log);
  }
}
