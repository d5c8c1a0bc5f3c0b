'use server';

// Public on purpose: guests shop too. The owner is the signed-in user or the guest cookie (writeCartActor),
// so a caller can only ever touch their own cart.

import { refresh } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { addCartItem } from '@/lib/cart/add-cart-item';
import { toActionState } from '@/lib/http/action-state';
import { actionContext, readIdempotentResult, type CartActionResult } from '@/lib/http/cart-actions-shared';
import { idempotencyScope, writeCartActor } from '@/lib/http/cart-door';
import { assertIdempotencyKey, runIdempotent } from '@/lib/idempotency/run-idempotent';
import { parseInput } from '@/lib/validation';

const inputSchema = z.object({
  idempotencyKey: z.string({ error: 'Falta la clave de la solicitud.' }),
  variantId: z.string({ error: 'Elige una presentación.' }),
  quantity: z.number({ error: 'Escribe una cantidad.' }),
});

/**
 * "Agregar al carrito". Each click sends its own Idempotency-Key (#8), so a retried click adds once;
 * the same service as `POST /api/v1/cart/items`, with its own idempotency scope because the two doors
 * store different answers. Prices never come from here.
 */
export async function addCartItemAction(input: {
  idempotencyKey: string;
  variantId: string;
  quantity: number;
}): Promise<CartActionResult> {
  const { log, headers } = await actionContext('cart.add');
  try {
    const { idempotencyKey, ...body } = parseInput(inputSchema, input);
    assertIdempotencyKey(idempotencyKey, true);
    const { owner, isVip } = await writeCartActor(headers);
    const result = await runIdempotent(
      getDb(),
      { scope: `${idempotencyScope(owner)}:web`, key: idempotencyKey, body },
      async (tx) => {
        const added = await addCartItem(tx, { owner, isVip, input: body });
        log.info({ cartId: added.cartId, itemId: added.itemId, quantity: added.quantity }, 'cart.item_added');
        return { status: 201, body: { itemId: added.itemId, quantity: added.quantity } };
      },
    );
    const read = readIdempotentResult<{ itemId: string; quantity: number }>(result);
    if (!read.ok) return read.state;
    refresh();
    return { ok: true, message: 'Agregado al carrito.' };
  } catch (error) {
    return toActionState(error, log);
  }
}
