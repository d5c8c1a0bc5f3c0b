'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/guards';
import { type ActionState, toActionState } from '@/lib/http/action-state';
import { actionContext, formText } from '@/lib/http/cart-actions-shared';
import { createPaymentSession } from '@/lib/payments/create-payment-session';
import { parseInput } from '@/lib/validation';

const inputSchema = z.object({ orderId: z.string({ error: 'Falta el pedido.' }) });

/**
 * "Pagar": fresh signed Web Checkout data for the caller's own pending, unexpired order (the service
 * checks ownership and state), then off to Wompi's hosted page. Secrets never reach the browser.
 */
export async function payOrderAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const { log } = await actionContext('orders.pay');
  let checkoutUrl: string;
  try {
    const user = await requireUser();
    const { orderId } = parseInput(inputSchema, { orderId: formText(form, 'orderId') });
    const payment = await createPaymentSession(getDb(), { orderId, userId: user.id });
    log.info({ orderId, reference: payment.reference }, 'payment.session_created');
    checkoutUrl = payment.checkoutUrl;
  } catch (error) {
    return toActionState(error, log);
  }
  redirect(checkoutUrl);
}
