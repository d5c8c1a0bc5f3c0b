'use server';

import { refresh, revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { action } from '@/lib/actions/action';
import { placeOrderOnce } from '@/lib/checkout/place-order-once';
import { isAppError } from '@/lib/errors';
import { readStoredAnswer } from '@/lib/idempotency/read-stored-answer';

export type PlaceOrderInput = {
  idempotencyKey: string;
  order: {
    deliveryOption: 'PICKUP' | 'DELIVERY';
    address?: { line1: string; city: string; department: string; phone: string; notes?: string };
    voucherCode?: string;
    useCredit?: boolean;
    expectedTotalCents: number;
    /** The purchase terms the shopper ticked (lib/legal/purchase-terms.ts); checked in placeOrderOnce. */
    acceptTerms: boolean;
    termsVersion: string;
  };
};

// Prices or stock moved under the shopper: the summary must re-render so they confirm the new total.
const STALE_SUMMARY = new Set(['MKT-PRICE-CHANGED', 'MKT-STOCK', 'MKT-PRODUCT-INACTIVE']);

/**
 * "Confirmar pedido". The Idempotency-Key, the checkout rate limit and the transaction live in
 * `placeOrderOnce`, the sequence `POST /api/v1/checkout` runs too. The client sends what it saw as the
 * total; any difference is MKT-PRICE-CHANGED and nothing is created. On success the shopper lands on
 * the new order, where "Pagar" opens Wompi.
 */
export const placeOrderAction = action(
  {
    name: 'checkout.place-order',
    auth: 'user',
    schema: z.object({
      idempotencyKey: z.string({ error: 'Falta la clave de la solicitud.' }),
      // The order fields are parsed by placeOrder with the checkout schema, exactly as the API's body is.
      order: z.record(z.string(), z.unknown(), { error: 'Faltan los datos del pedido.' }),
    }),
  },
  async ({ user, input, log }) => {
    let orderId: string;
    try {
      const result = await placeOrderOnce(getDb(), {
        userId: user.id,
        key: input.idempotencyKey,
        readOrder: async () => input.order,
        door: 'web',
        log,
      });
      orderId = readStoredAnswer<{ orderId: string }>(result).orderId;
    } catch (error) {
      if (isAppError(error) && STALE_SUMMARY.has(error.code)) refresh();
      throw error;
    }
    // The cart is now empty: every page (and the header's count) must re-read it.
    revalidatePath('/', 'layout');
    redirect(`/cuenta/pedidos/${orderId}?nuevo=1`);
  },
);
