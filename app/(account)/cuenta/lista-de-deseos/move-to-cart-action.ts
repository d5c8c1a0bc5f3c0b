'use server';

import { refresh, revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/guards';
import { env } from '@/lib/env';
import { type ActionState, toActionState } from '@/lib/http/action-state';
import { actionContext, formText } from '@/lib/http/cart-actions-shared';
import { enforceRateLimit } from '@/lib/http/rate-limit-door';
import { moveWishlistItemToCart } from '@/lib/wishlist/move-wishlist-item-to-cart';

/**
 * "Mover al carrito": a cart write, so it shares the cart's per-user rate limit. Moving twice cannot
 * add twice: the first move takes the item off the list in the same transaction, the second is 404.
 */
export async function moveToCartAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const { log } = await actionContext('wishlist.move_to_cart');
  try {
    const user = await requireUser();
    await enforceRateLimit(`cart:${user.id}`, env.RATE_LIMIT_CART_PER_MIN);
    const productId = formText(form, 'productId') ?? '';
    const variantId = formText(form, 'variantId') || undefined;
    const moved = await moveWishlistItemToCart(getDb(), { userId: user.id, isVip: user.isVip, productId, variantId });
    log.info(
      { productId, variantId: moved.variantId, cartId: moved.cartId, quantity: moved.quantity, userId: user.id },
      'wishlist.moved_to_cart',
    );
    revalidatePath('/cuenta/lista-de-deseos');
    refresh();
    return { ok: true, message: 'Lo pasamos a tu carrito.' };
  } catch (error) {
    return toActionState(error, log);
  }
}
