'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { action } from '@/lib/actions/action';
import { addToWishlist } from '@/lib/wishlist/add-to-wishlist';
import { removeFromWishlist } from '@/lib/wishlist/remove-from-wishlist';

/**
 * The heart: save or unsave a product for the signed-in shopper (same services as PUT/DELETE
 * /api/v1/wishlist/{productId}). It states the wanted end state rather than toggling, so a double tap
 * or a retry cannot flip it back.
 */
export const setWishlistedAction = action(
  {
    name: 'wishlist.set',
    auth: 'user',
    schema: z.object({ productId: z.coerce.string(), saved: z.boolean({ error: 'Indica si lo guardas.' }) }),
  },
  async ({ user, input: { productId, saved }, log }) => {
    if (saved) {
      const result = await addToWishlist(getDb(), { userId: user.id, productId });
      if (result.isNew) log.info({ productId, userId: user.id }, 'wishlist.added');
    } else {
      const { removed } = await removeFromWishlist(getDb(), { userId: user.id, productId });
      if (removed) log.info({ productId, userId: user.id }, 'wishlist.removed');
    }
    revalidatePath('/cuenta/lista-de-deseos');
    return { ok: true, message: saved ? 'Guardado en tu lista de deseos.' : 'Quitado de tu lista de deseos.' };
  },
);
