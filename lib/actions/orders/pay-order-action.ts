'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { action } from '@/lib/actions/action';
import { createPaymentSession } from '@/lib/payments/create-payment-session';

/**
 * "Pagar": fresh signed Web Checkout data for the caller's own pending, unexpired order (the service
 * checks ownership and state), then off to Wompi's hosted page. Secrets never reach the browser.
 */
export const payOrderAction = action(
  { name: 'orders.pay', auth: 'user', schema: z.object({ orderId: z.string({ error: 'Falta el pedido.' }) }) },
  async ({ user, input: { orderId }, log }) => {
    const payment = await createPaymentSession(getDb(), { orderId, userId: user.id });
    log.info({ orderId, reference: payment.reference }, 'payment.session_created');
    redirect(payment.checkoutUrl);
  },
);
