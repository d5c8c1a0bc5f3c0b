import { formatCop } from '@/lib/money';
import { formatDateTime } from './format-date';
import type { OrderView } from './order-types';

const RETURN_STATUS: Record<string, { label: string; tone: string }> = {
  REQUESTED: { label: 'En revisión', tone: 'bg-amber-100 text-amber-900' },
  APPROVED: { label: 'Aprobada y reembolsada', tone: 'bg-brand-100 text-brand-900' },
  REJECTED: { label: 'Rechazada', tone: 'bg-stone-200 text-stone-800' },
};

/** Each return of the order with its state, lines and refund. */
export function OrderReturns({ returns }: { returns: OrderView['returns'] }) {
  return (
    <ol className="space-y-4">
      {returns.map((r, i) => {
        const status = RETURN_STATUS[r.status] ?? { label: r.status, tone: 'bg-stone-200 text-stone-800' };
        return (
          <li key={r.id} className="rounded-xl border border-sand-200 p-4">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <p className="font-semibold text-stone-900">
                Devolución {i + 1} · {formatDateTime(r.createdAt)}
              </p>
              <span className={`rounded-full px-2.5 py-0.5 text-xs font-semibold ${status.tone}`}>{status.label}</span>
            </div>
            <ul className="mt-2 space-y-0.5 text-sm text-stone-700">
              {r.items.map((item) => (
                <li key={item.orderItemId}>
                  {item.productName} ({item.variantName}): {item.quantityRequested} pedidas
                  {item.quantityApproved !== null ? `, ${item.quantityApproved} aprobadas` : ''}
                </li>
              ))}
            </ul>
            {r.status === 'APPROVED' && r.refundCents !== null ? (
              <p className="mt-2 text-sm text-stone-800">
                Reembolso: {formatCop(r.refundCents)}{' '}
                {r.refundMethod === 'STORE_CREDIT' ? 'como saldo a favor' : 'a tu medio de pago'}
              </p>
            ) : null}
            {r.status === 'REJECTED' && r.decisionReason ? (
              <p className="mt-2 text-sm text-stone-800">Motivo: {r.decisionReason}</p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
