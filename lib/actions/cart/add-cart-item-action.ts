'use server';

import { refresh } from 'next/cache';
import { z } from 'zod';
import { action } from '@/lib/actions/action';
import { cartQuantity } from '@/lib/actions/form-fields';
import { addCartItem } from '@/lib/cart/add-cart-item';
import { idempotencyScope } from '@/lib/http/cart-door';
import { writableCartOwner } from '@/lib/http/cart-session';

/**
 * "Agregar al carrito". Public on purpose: guests shop too, and the owner is the signed-in user or
 * the guest cookie, so a caller only ever touches their own cart. Each click sends its own
 * Idempotency-Key (#8), so a retried click adds once; the same service as `POST /api/v1/cart/items`,
 * with its own key scope because the two doors store different answers. Prices never come from here.
 */
export const addCartItemAction = action(
  {
    name: 'cart.add',
    auth: 'public',
    schema: z.object({
      variantId: z.string({ error: 'Elige una presentación.' }),
      quantity: cartQuantity,
    }),
    rateLimit: 'cart',
    idempotent: true,
  },
  async ({ user, input, once, log }) => {
    const owner = await writableCartOwner(user);
    await once(`${idempotencyScope(owner)}:web`, async (tx) => {
      const added = await addCartItem(tx, { owner, isVip: user?.isVip ?? false, input });
      log.info({ cartId: added.cartId, itemId: added.itemId, quantity: added.quantity }, 'cart.item_added');
      return { itemId: added.itemId, quantity: added.quantity };
    });
    refresh();
    return { ok: true, message: 'Agregado al carrito.' };
  },
);
