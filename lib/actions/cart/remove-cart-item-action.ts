'use server';

import { refresh } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { action } from '@/lib/actions/action';
import { cartLineId } from '@/lib/actions/form-fields';
import { removeCartItem } from '@/lib/cart/update-cart-item';
import { writableCartOwner } from '@/lib/http/cart-session';

/**
 * Removes a line from the caller's own cart. Public on purpose: guests shop too. Someone else's line
 * is "not found" and nothing changes.
 */
export const removeCartItemAction = action(
  {
    name: 'cart.remove',
    auth: 'public',
    schema: z.object({ itemId: cartLineId }),
    rateLimit: 'cart',
  },
  async ({ user, input: { itemId }, log }) => {
    await removeCartItem(getDb(), { owner: await writableCartOwner(user), itemId });
    log.info({ itemId }, 'cart.item_removed');
    refresh();
    return { ok: true };
  },
);
