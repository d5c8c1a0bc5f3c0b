'use server';

// Public on purpose: guests shop too. The owner is the signed-in user or the guest cookie (writeCartActor);
// a line of another cart answers 404.

import { refresh } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { updateCartItem } from '@/lib/cart/update-cart-item';
import { toActionState } from '@/lib/http/action-state';
import { actionContext, type CartActionResult } from '@/lib/http/cart-actions-shared';
import { writeCartActor } from '@/lib/http/cart-door';
import { parseInput } from '@/lib/validation';

const inputSchema = z.object({
  itemId: z.string({ error: 'Falta la línea del carrito.' }),
  quantity: z.number({ error: 'Escribe una cantidad.' }),
});

/** Sets a cart line's quantity (0 removes it). Ownership is checked by the service against the caller's cart. */
export async function updateCartItemAction(input: { itemId: string; quantity: number }): Promise<CartActionResult> {
  const { log, headers } = await actionContext('cart.update');
  try {
    const { itemId, quantity } = parseInput(inputSchema, input);
    const { owner, isVip } = await writeCartActor(headers);
    const { removed } = await updateCartItem(getDb(), { owner, isVip, itemId, input: { quantity } });
    log.info({ itemId, quantity, removed }, 'cart.item_updated');
    refresh();
    return { ok: true };
  } catch (error) {
    return toActionState(error, log);
  }
}
