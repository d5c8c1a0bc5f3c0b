'use server';

import { refresh, revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/guards';
import { placeOrder } from '@/lib/checkout/place-order';
import { env } from '@/lib/env';
import { type ActionState, toActionState } from '@/lib/http/action-state';
import { actionContext, readIdempotentResult } from '@/lib/http/cart-actions-shared';
import { enforceRateLimit } from '@/lib/http/rate-limit-door';
import { requireTermsAcceptance } from '@/lib/legal/purchase-terms';
import { assertIdempotencyKey, runIdempotent } from '@/lib/idempotency/run-idempotent';
import { parseInput } from '@/lib/validation';

const envelopeSchema = z.object({
  idempotencyKey: z.string({ error: 'Falta la clave de la solicitud.' }),
  // The order fields are parsed by placeOrder with the checkout schema, exactly as the API's body is.
  order: z.record(z.string(), z.unknown(), { error: 'Faltan los datos del pedido.' }),
});

export type PlaceOrderInput = {
  idempotencyKey: string;
  order: {
    deliveryOption: 'PICKUP' | 'DELIVERY';
    address?: { line1: string; city: string; department: string; phone: string; notes?: string };
    voucherCode?: string;
    useCredit?: boolean;
    expectedTotalCents: number;
    acceptTerms: boolean;
    termsVersion: string;
  };
};

/**
 * "Confirmar pedido": the same service and rate limit as `POST /api/v1/checkout`.
 * The client sends what it saw as the total; any difference is MKT-PRICE-CHANGED and nothing is
 * created. On success the shopper lands on the new order, where "Pagar" opens Wompi.
 */
export async function placeOrderAction(_prev: ActionState, input: PlaceOrderInput): Promise<ActionState> {
  const { log } = await actionContext('checkout.place-order');
  let orderId: string;
  try {
    const user = await requireUser();
    const { idempotencyKey, order } = parseInput(envelopeSchema, input);
    assertIdempotencyKey(idempotencyKey, true);
    await enforceRateLimit(`checkout:${user.id}`, env.RATE_LIMIT_CHECKOUT_PER_MIN);
    // Its own scope: this door stores `{ orderId }` while the API stores `{ order, payment }`, so a key
    // must never replay the other door's answer.
    const result = await runIdempotent(
      getDb(),
      { scope: `checkout-web:${user.id}`, key: idempotencyKey, body: order },
      async (tx) => {
        const terms = requireTermsAcceptance(order);
        const placed = await placeOrder(tx, { userId: user.id, input: order, terms });
        log.info({ orderId: placed.id, userId: user.id, totalCents: placed.totalCents }, 'order.created');
        return { status: 201, body: { orderId: placed.id } };
      },
    );
    const read = readIdempotentResult<{ orderId: string }>(result);
    if (!read.ok) return refusal(read.state);
    orderId = read.body.orderId;
  } catch (error) {
    return refusal(toActionState(error, log));
  }
  // The cart is now empty: every page (and the header's count) must re-read it.
  revalidatePath('/', 'layout');
  redirect(`/cuenta/pedidos/${orderId}?nuevo=1`);
}

function refusal(state: ActionState): ActionState {
  // Prices moved under the shopper: re-render the summary so the new total is what they confirm next.
  if (state.code === 'MKT-PRICE-CHANGED' || state.code === 'MKT-STOCK' || state.code === 'MKT-PRODUCT-INACTIVE')
    refresh();
  return state;
}
