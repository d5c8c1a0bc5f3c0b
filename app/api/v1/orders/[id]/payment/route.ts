import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/guards';
import { apiRoute } from '@/lib/http/api-route';
import { createPaymentSession } from '@/lib/payments/create-payment-session';

/** Fresh Wompi payment data for the owner's pending, unexpired order; otherwise 409. */
export const POST = apiRoute<{ id: string }>(async ({ params, log }) => {
  const user = await requireUser();
  const payment = await createPaymentSession(getDb(), { orderId: params.id, userId: user.id });
  log.info({ orderId: params.id, reference: payment.reference }, 'payment.session_created');
  return Response.json(payment, { status: 201 });
});
