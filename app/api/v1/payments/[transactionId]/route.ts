import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/guards';
import { apiRoute } from '@/lib/http/api-route';
import { getPaymentResult } from '@/lib/payments/get-payment-result';

/** The result page polls this while a payment is PENDING. The server asks Wompi; the query string is never trusted. */
export const GET = apiRoute<{ transactionId: string }>(async ({ params, log }) => {
  const user = await requireUser();
  return Response.json(await getPaymentResult(getDb(), { transactionId: params.transactionId, userId: user.id, log }));
});
