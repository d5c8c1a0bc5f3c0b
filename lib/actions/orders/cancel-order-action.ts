'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { action } from '@/lib/actions/action';
import { optionalText } from '@/lib/actions/form-fields';
import { cancelOrderByCustomer } from '@/lib/orders/cancel-order';

/**
 * "Cancelar": only the owner, while PENDING_PAYMENT or PAID (else MKT-STATE). For a paid order `refund`
 * (STORE_CREDIT, the default, or ORIGINAL_METHOD) is validated by the service (lib/orders/cancel-order.ts).
 */
export const cancelOrderAction = action(
  {
    name: 'orders.cancel',
    auth: 'user',
    schema: z.object({ orderId: z.string({ error: 'Falta el pedido.' }), refund: optionalText }),
  },
  async ({ user, input: { orderId, refund }, log }) => {
    const order = await cancelOrderByCustomer(getDb(), {
      orderId,
      userId: user.id,
      input: { refund: refund || undefined },
      log,
    });
    revalidatePath('/cuenta', 'layout');
    if (!order.paidAt) return { ok: true, message: 'Cancelamos tu pedido y liberamos los productos reservados.' };
    if (order.totalCents === 0)
      return { ok: true, message: 'Cancelamos tu pedido y te devolvimos el saldo a favor que usaste.' };
    return {
      ok: true,
      message:
        refund === 'ORIGINAL_METHOD'
          ? 'Cancelamos tu pedido. Te devolveremos el dinero a tu medio de pago original.'
          : 'Cancelamos tu pedido. Lo que pagaste ya está en tu saldo a favor.',
    };
  },
);
