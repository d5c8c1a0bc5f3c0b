import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { PaymentResultView } from '@/components/orders/payment-result-view';
import { getDb } from '@/db/client';
import { getCurrentUser } from '@/lib/auth/guards';
import { isAppError } from '@/lib/errors';
import { createRequestContext } from '@/lib/http/request-context';
import { getPaymentResult, type PaymentResult } from '@/lib/payments/get-payment-result';

// Personal, rendered per request: allowed to block instead of streaming from a static shell.
export const instant = false;

export const metadata: Metadata = { title: 'Resultado del pago' };

const TRANSACTION_ID = /^[A-Za-z0-9_-]{1,100}$/;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Where Wompi sends the shopper back. Only the id is read from the URL; the outcome comes from the server. */
export default async function PaymentResultPage({ searchParams }: Props) {
  const raw = (await searchParams).id;
  const transactionId = typeof raw === 'string' && TRANSACTION_ID.test(raw) ? raw : null;
  if (!transactionId) return <UnknownPayment />;

  const user = await getCurrentUser();
  if (!user) redirect(`/ingresar?next=${encodeURIComponent(`/pago/resultado?id=${transactionId}`)}`);

  const { log } = createRequestContext(undefined, { page: 'payment-result', transactionId });
  let initial: PaymentResult | null = null;
  try {
    initial = await getPaymentResult(getDb(), { transactionId, userId: user.id, log });
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT-FOUND') return <UnknownPayment />;
    // Wompi is slow right now: the client keeps asking until it answers.
    if (!isAppError(error) || error.code !== 'MKT-PAYMENT-UNAVAILABLE') throw error;
  }

  return (
    <div className="mx-auto max-w-2xl px-4 py-12">
      <PaymentResultView transactionId={transactionId} initial={initial} />
    </div>
  );
}

function UnknownPayment() {
  return (
    <div className="mx-auto max-w-2xl px-4 py-16">
      <h1 className="font-serif text-3xl text-brand-900">No encontramos ese pago</h1>
      <p className="mt-2 text-stone-700">Revisa tus pedidos para ver su estado o volver a pagar.</p>
      <Link
        href="/cuenta/pedidos"
        className="mt-6 inline-block rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
      >
        Ir a mis pedidos
      </Link>
    </div>
  );
}
