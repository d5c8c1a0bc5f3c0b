'use server';

import { z } from 'zod';
import { getDb } from '@/db/client';
import { action } from '@/lib/actions/action';
import type { ActionState } from '@/lib/http/action-state';
import { subscribeToRestock, unsubscribeFromRestock } from '@/lib/notifications/restock-subscriptions';

export type RestockActionState = ActionState & { subscribed?: boolean };

/** "Avísame cuando vuelva" from the product page: only ever touches the caller's own subscription. */
export const setRestockSubscriptionAction = action(
  {
    name: 'restock-subscription',
    auth: 'user',
    signInMessage: 'Inicia sesión para que te avisemos cuando vuelva.',
    schema: z.object({
      variantId: z.string().min(1, { error: 'Falta la variante.' }),
      subscribe: z.boolean({ error: 'Indica si quieres el aviso.' }),
    }),
  },
  async ({ user, input: { variantId, subscribe } }): Promise<RestockActionState> => {
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
  },
);
