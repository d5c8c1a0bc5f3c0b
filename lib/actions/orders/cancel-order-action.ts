'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { action } from '@/lib/actions/action';
import { cancelOrderByCustomer } from '@/lib/orders/cancel-order';

/** "Cancelar": only the owner, only while PENDING_PAYMENT (else MKT-STATE); the reservation goes back to stock. */
export const cancelOrderAction = action(
  { name: 'orders.cancel', auth: 'user', schema: z.object({ orderId: z.string({ error: 'Falta el pedido.' }) }) },
  async ({ user, input: { orderId }, log }) => {
    await cancelOrderByCustomer(getDb(), { orderId, userId: user.id, log });
    revalidatePath('/cuenta/pedidos', 'layout');
    return { ok: true, message: 'Cancelamos tu pedido y liberamos los productos reservados.' };
  },
);
