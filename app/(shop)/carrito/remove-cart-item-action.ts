'use server';

// Public on purpose: guests shop too. The owner is the signed-in user or the guest cookie (writeCartActor);
// a line of another cart answers 404.

import { refresh } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { removeCartItem } from '@/lib/cart/update-cart-item';
import { toActionState } from '@/lib/http/action-state';
import { actionContext, type CartActionResult } from '@/lib/http/cart-actions-shared';
import { writeCartActor } from '@/lib/http/cart-door';
import { parseInput } from '@/lib/validation';

const inputSchema = z.object({ itemId: z.string({ error: 'Falta la línea del carrito.' }) });

/** Removes a line from the caller's own cart; someone else's line is "not found" and nothing changes. */
export async function removeCartItemAction(input: { itemId: string }): Promise<CartActionResult> {
  const { log, headers } = await actionContext('cart.remove');
  try {
    const { itemId } = parseInput(inputSchema, input);
    const { owner } = await writeCartActor(headers);
    await removeCartItem(getDb(), { owner, itemId });
    log.info({ itemId }, 'cart.item_removed');
    refresh();
    return { ok: true };
  } catch (error) {
    return toActionState(error, log);
  }
}
