'use server';

import { refresh, revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { action } from '@/lib/actions/action';
import { optionalText, text } from '@/lib/actions/form-fields';
import { moveWishlistItemToCart } from '@/lib/wishlist/move-wishlist-item-to-cart';

/**
 * "Mover al carrito": a cart write, so it shares the cart's per-user rate limit. Moving twice cannot
 * add twice: the first move takes the item off the list in the same transaction, the second is 404.
 */
export const moveToCartAction = action(
  {
    name: 'wishlist.move_to_cart',
    auth: 'user',
    schema: z.object({ productId: text, variantId: optionalText }),
    rateLimit: 'cart',
  },
  async ({ user, input, log }) => {
    const { productId } = input;
    const variantId = input.variantId || undefined;
    const moved = await moveWishlistItemToCart(getDb(), { userId: user.id, isVip: user.isVip, productId, variantId });
    log.info(
      { productId, variantId: moved.variantId, cartId: moved.cartId, quantity: moved.quantity, userId: user.id },
      'wishlist.moved_to_cart',
    );
    revalidatePath('/cuenta/lista-de-deseos');
    refresh();
    return { ok: true, message: 'Lo pasamos a tu carrito.' };
  },
);
