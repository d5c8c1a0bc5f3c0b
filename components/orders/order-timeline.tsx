import clsx from 'clsx';
import { Check, Circle, X } from 'lucide-react';
import type { OrderStatus } from '@/db/schema/orders';
import { formatDateTime } from './format-date';
import { orderStatusLabel } from './order-status';
import type { OrderView } from './order-types';

const ENDINGS = new Set<OrderStatus>(['CANCELLED', 'FRAUD_ALERT', 'RETURN_REJECTED']);

/** Every status the order went through, oldest first, with when and why. */
export function OrderTimeline({ order }: { order: OrderView }) {
  const history = order.statusHistory;
  return (
    <ol className="relative space-y-5 border-l-2 border-sand-200 pl-6" aria-label="Historial del pedido">
      {history.map((entry, index) => {
        const status = entry.to as OrderStatus;
        const isLast = index === history.length - 1;
        const Icon = ENDINGS.has(status) ? X : isLast ? Circle : Check;
        // Only the final CANCELLED step can have been an expiry.
        const label = orderStatusLabel(status, isLast ? order.cancellationReason : null);
        return (
          <li key={`${entry.at}-${index}`} className="relative" aria-current={isLast ? 'step' : undefined}>
            <span
              aria-hidden
              className={clsx(
                'absolute top-0.5 -left-[2.05rem] flex size-6 items-center justify-center rounded-full ring-4 ring-white',
                ENDINGS.has(status)
                  ? 'bg-stone-600 text-white'
                  : isLast
                    ? 'bg-brand-700 text-white'
                    : 'bg-brand-100 text-brand-800',
              )}
            >
              <Icon className="size-3.5" />
            </span>
            <p className={clsx('font-semibold', isLast ? 'text-brand-900' : 'text-stone-800')}>{label}</p>
            <p className="text-sm text-stone-600">
              <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
              {entry.reason ? ` · ${entry.reason}` : null}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
