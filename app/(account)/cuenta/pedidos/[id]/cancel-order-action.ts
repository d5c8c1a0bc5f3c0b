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

function cancelledMessage(order: { paidAt: Date | null; totalCents: number }, refund: string | undefined): string {
  if (!order.paidAt) return 'Cancelamos tu pedido y liberamos los productos reservados.';
  if (order.totalCents === 0) return 'Cancelamos tu pedido y te devolvimos el saldo a favor que usaste.';
  return refund === 'ORIGINAL_METHOD'
    ? 'Cancelamos tu pedido. Te devolveremos el dinero a tu medio de pago original.'
    : 'Cancelamos tu pedido. Lo que pagaste ya está en tu saldo a favor.';
}

/** "Cancelar": only the owner, while PENDING_PAYMENT or PAID (else MKT-STATE); the logic is in lib/orders/cancel-order.ts. */
export async function cancelOrderAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const { log } = await actionContext('orders.cancel');
  try {
    const user = await requireUser();
    const { orderId } = parseInput(inputSchema, { orderId: formText(form, 'orderId') });
    const refund = formText(form, 'refund') || undefined;
    const order = await cancelOrderByCustomer(getDb(), { orderId, userId: user.id, input: { refund }, log });
    revalidatePath('/cuenta', 'layout');
    return { ok: true, message: cancelledMessage(order, refund) };
  } catch (error) {
    return toActionState(error, log);
  }
}
