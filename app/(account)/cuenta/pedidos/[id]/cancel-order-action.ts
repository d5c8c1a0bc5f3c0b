'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/guards';
import { type ActionState, toActionState } from '@/lib/http/action-state';
import { actionContext, formText } from '@/lib/http/cart-actions-shared';
import { cancelOrderByCustomer } from '@/lib/orders/cancel-order';
import { parseInput } from '@/lib/validation';

const inputSchema = z.object({ orderId: z.string({ error: 'Falta el pedido.' }) });

/** "Cancelar": only the owner, only while PENDING_PAYMENT (else MKT-STATE); the reservation goes back to stock. */
export async function cancelOrderAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const { log } = await actionContext('orders.cancel');
  try {
    const user = await requireUser();
    const { orderId } = parseInput(inputSchema, { orderId: formText(form, 'orderId') });
    await cancelOrderByCustomer(getDb(), { orderId, userId: user.id, log });
    revalidatePath('/cuenta/pedidos', 'layout');
    return { ok: true, message: 'Cancelamos tu pedido y liberamos los productos reservados.' };
  } catch (error) {
    return toActionState(error, log);
  }
}
