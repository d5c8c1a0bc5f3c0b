'use server';

import { refresh } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { action } from '@/lib/actions/action';
import { cartLineId, cartQuantity } from '@/lib/actions/form-fields';
import { updateCartItem } from '@/lib/cart/update-cart-item';
import { writableCartOwner } from '@/lib/http/cart-session';

/**
 * Sets a cart line's quantity (0 removes it). Public on purpose: guests shop too. The service checks
 * the line against the caller's own cart; a line of another cart answers 404.
 */
export const updateCartItemAction = action(
  {
    name: 'cart.update',
    auth: 'public',
    schema: z.object({
      itemId: cartLineId,
      quantity: cartQuantity,
    }),
    rateLimit: 'cart',
  },
  async ({ user, input: { itemId, quantity }, log }) => {
    const owner = await writableCartOwner(user);
    const isVip = user?.isVip ?? false;
    const { removed } = await updateCartItem(getDb(), { owner, isVip, itemId, input: { quantity } });
    log.info({ itemId, quantity, removed }, 'cart.item_updated');
    refresh();
    return { ok: true };
  },
);
