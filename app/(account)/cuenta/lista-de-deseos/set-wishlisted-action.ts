'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/guards';
import { type ActionState, toActionState } from '@/lib/http/action-state';
import { actionContext } from '@/lib/http/cart-actions-shared';
import { addToWishlist } from '@/lib/wishlist/add-to-wishlist';
import { removeFromWishlist } from '@/lib/wishlist/remove-from-wishlist';

/**
 * The heart: save or unsave a product for the signed-in shopper (same services as PUT/DELETE
 * /api/v1/wishlist/{productId}). It states the wanted end state rather than toggling, so a double tap
 * or a retry cannot flip it back.
 */
export async function setWishlistedAction(productId: string, saved: boolean): Promise<ActionState> {
  const { log } = await actionContext('wishlist.set');
  try {
    const user = await requireUser();
    const id = String(productId);
    if (saved === true) {
      const result = await addToWishlist(getDb(), { userId: user.id, productId: id });
      if (result.isNew) log.info({ productId: id, userId: user.id }, 'wishlist.added');
    } else {
      const { removed } = await removeFromWishlist(getDb(), { userId: user.id, productId: id });
      if (removed) log.info({ productId: id, userId: user.id }, 'wishlist.removed');
    }
    revalidatePath('/cuenta/lista-de-deseos');
    return { ok: true, message: saved ? 'Guardado en tu lista de deseos.' : 'Quitado de tu lista de deseos.' };
  } catch (error) {
    return toActionState(error, log);
  }
}
