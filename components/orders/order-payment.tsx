import { formatCop } from '@/lib/money';
import { formatDateTime } from './format-date';
import type { OrderView } from './order-types';

const STATUS_LABEL: Record<string, string> = {
  CREATED: 'Pago iniciado',
  PENDING: 'Pago en proceso',
  APPROVED: 'Pago aprobado',
  DECLINED: 'Pago rechazado',
  VOIDED: 'Pago anulado',
  ERROR: 'Error en el pago',
};

const METHOD_LABEL: Record<string, string> = {
  CARD: 'Tarjeta',
  NEQUI: 'Nequi',
  PSE: 'PSE',
  BANCOLOMBIA_TRANSFER: 'Transferencia Bancolombia',
  BANCOLOMBIA_COLLECT: 'Corresponsal Bancolombia',
  DAVIPLATA: 'Daviplata',
};

/** The latest Wompi attempt of the order; orders paid entirely with store credit say so. */
export function OrderPayment({ order }: { order: OrderView }) {
  const payment = order.payment;
  if (!payment) {
    return (
      <p className="text-sm text-stone-700">
        {order.creditAppliedCents > 0 && order.totalCents === 0
          ? 'Pagado con tu saldo a favor.'
          : 'Aún no has iniciado el pago con Wompi.'}
      </p>
    );
  }
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
      <dt className="text-stone-600">Estado</dt>
      <dd className="font-semibold text-stone-900">{STATUS_LABEL[payment.status] ?? payment.status}</dd>
      <dt className="text-stone-600">Medio</dt>
      <dd className="text-stone-900">{payment.method ? (METHOD_LABEL[payment.method] ?? payment.method) : '—'}</dd>
      <dt className="text-stone-600">Valor</dt>
      <dd className="text-stone-900">{formatCop(payment.amountCents)}</dd>
      <dt className="text-stone-600">Referencia</dt>
      <dd className="font-mono text-xs break-all text-stone-900">{payment.reference}</dd>
      <dt className="text-stone-600">Actualizado</dt>
      <dd className="text-stone-900">{formatDateTime(payment.updatedAt)}</dd>
    </dl>
  );
}
