'use client';

import Link from 'next/link';
import { CheckCircle2, Loader2, XCircle } from 'lucide-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { PaymentResult } from '@/lib/payments/get-payment-result';
import { PayOrderButton } from './pay-order-button';

class PaymentLookupError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const POLL_MS = 2_000;
const SLOW_AFTER_MS = 60_000;

async function fetchPaymentResult(transactionId: string): Promise<PaymentResult> {
  const response = await fetch(`/api/v1/payments/${encodeURIComponent(transactionId)}`, {
    cache: 'no-store',
    headers: { accept: 'application/json' },
  });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const message =
      (body as { error?: { message?: string } } | null)?.error?.message ?? 'No pudimos consultar el pago.';
    throw new PaymentLookupError(response.status, message);
  }
  return body as PaymentResult;
}

function isSettled(result: PaymentResult | undefined): boolean {
  return result !== undefined && result.isConfirmed && result.status !== 'PENDING' && result.status !== 'UNKNOWN';
}

/**
 * The payment's outcome as the server (which asks Wompi) reports it. While Wompi has not decided, it
 * asks again every two seconds; the query string's word is never taken for it.
 */
export function PaymentResultView({
  transactionId,
  initial,
}: {
  transactionId: string;
  initial: PaymentResult | null;
}) {
  const [startedAt] = useState(() => Date.now());
  const query = useQuery({
    queryKey: ['payment-result', transactionId],
    queryFn: () => fetchPaymentResult(transactionId),
    initialData: initial ?? undefined,
    refetchInterval: (q) =>
      isSettled(q.state.data) || (q.state.error as PaymentLookupError | null)?.status === 404 ? false : POLL_MS,
    retry: false,
  });
  const result = query.data;
  const error = query.error as PaymentLookupError | null;

  if (!result && error?.status === 404) {
    return (
      <Panel tone="bad" title="No encontramos ese pago" icon="bad">
        <p>Revisa tus pedidos para ver su estado o volver a pagar.</p>
        <OrdersLink />
      </Panel>
    );
  }

  if (!result || !isSettled(result)) {
    const isSlow = Math.max(query.dataUpdatedAt, query.errorUpdatedAt) - startedAt > SLOW_AFTER_MS;
    return (
      <Panel tone="pending" title="Estamos confirmando tu pago con Wompi…" icon="pending">
        <p>No cierres esta página: en unos segundos te mostramos el resultado.</p>
        {isSlow ? (
          <p className="mt-2">
            Esto está tardando más de lo normal. Si ya pagaste, tu pedido se actualizará solo en cuanto Wompi nos
            confirme.
          </p>
        ) : null}
        {result ? <OrderLink orderId={result.orderId} orderNumber={result.orderNumber} /> : null}
      </Panel>
    );
  }

  if (result.status === 'APPROVED') {
    const isUnderReview = result.orderStatus === 'FRAUD_ALERT';
    return (
      <Panel tone="good" title="¡Pago aprobado!" icon="good">
        <p>
          {isUnderReview
            ? `Recibimos tu pago del pedido #${result.orderNumber} y lo estamos revisando. Te escribiremos pronto.`
            : `Tu pedido #${result.orderNumber} está pagado. Te avisaremos cuando esté en camino.`}
        </p>
        <Link
          href={`/cuenta/pedidos/${result.orderId}`}
          className="mt-4 inline-flex rounded-lg bg-brand-700 px-4 py-2.5 font-semibold text-white hover:bg-brand-800"
        >
          Ver mi pedido
        </Link>
      </Panel>
    );
  }

  const canRetry = result.orderStatus === 'PENDING_PAYMENT';
  return (
    <Panel
      tone="bad"
      title={result.status === 'DECLINED' ? 'Tu pago fue rechazado' : 'No se pudo completar el pago'}
      icon="bad"
    >
      <p>
        {canRetry
          ? 'No se hizo ningún cobro. Tus productos siguen reservados: puedes intentarlo de nuevo con la misma u otra tarjeta.'
          : 'No se hizo ningún cobro y este pedido ya no se puede pagar.'}
      </p>
      {canRetry ? (
        <div className="mt-4 max-w-xs">
          <PayOrderButton orderId={result.orderId} label="Pagar de nuevo" />
        </div>
      ) : null}
      <OrderLink orderId={result.orderId} orderNumber={result.orderNumber} />
    </Panel>
  );
}

const TONES = {
  good: 'border-brand-200 bg-brand-50 text-brand-900',
  bad: 'border-red-200 bg-red-50 text-red-900',
  pending: 'border-amber-200 bg-amber-50 text-amber-950',
} as const;

function Panel({
  tone,
  title,
  icon,
  children,
}: {
  tone: keyof typeof TONES;
  title: string;
  icon: keyof typeof TONES;
  children: React.ReactNode;
}) {
  const Icon = icon === 'good' ? CheckCircle2 : icon === 'bad' ? XCircle : Loader2;
  return (
    <div
      className={`rounded-2xl border p-6 sm:p-8 ${TONES[tone]}`}
      aria-live="polite"
      data-testid="payment-result"
      data-tone={tone}
    >
      <div className="flex items-start gap-3">
        <Icon
          aria-hidden
          className={`mt-1 size-7 shrink-0 ${icon === 'pending' ? 'animate-spin motion-reduce:animate-none' : ''}`}
        />
        <div className="min-w-0 flex-1">
          <h1 className="font-serif text-3xl">{title}</h1>
          <div className="mt-2">{children}</div>
        </div>
      </div>
    </div>
  );
}

function OrderLink({ orderId, orderNumber }: { orderId: string; orderNumber: number }) {
  return (
    <p className="mt-4">
      <Link href={`/cuenta/pedidos/${orderId}`} className="font-semibold underline">
        Ver el pedido #{orderNumber}
      </Link>
    </p>
  );
}

function OrdersLink() {
  return (
    <p className="mt-4">
      <Link href="/cuenta/pedidos" className="font-semibold underline">
        Ir a mis pedidos
      </Link>
    </p>
  );
}
