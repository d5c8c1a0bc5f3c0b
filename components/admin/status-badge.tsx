import clsx from 'clsx';
import type { OrderStatus } from '@/db/schema/orders';
import { ORDER_STATUS_LABEL } from '@/lib/orders/state-machine';

const TONE: Record<OrderStatus, string> = {
  PENDING_PAYMENT: 'bg-amber-100 text-amber-900',
  PAID: 'bg-sky-100 text-sky-900',
  PREPARING: 'bg-indigo-100 text-indigo-900',
  SHIPPED: 'bg-violet-100 text-violet-900',
  DELIVERED: 'bg-brand-100 text-brand-900',
  CANCELLED: 'bg-stone-200 text-stone-800',
  RETURN_REQUESTED: 'bg-orange-100 text-orange-900',
  RETURN_APPROVED: 'bg-orange-100 text-orange-900',
  RETURN_REJECTED: 'bg-stone-200 text-stone-800',
  REFUNDED: 'bg-stone-200 text-stone-800',
  FRAUD_ALERT: 'bg-red-100 text-red-900',
};

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  return (
    <span
      className={clsx('inline-block rounded-full px-2 py-0.5 text-xs font-semibold whitespace-nowrap', TONE[status])}
    >
      {ORDER_STATUS_LABEL[status]}
    </span>
  );
}

export function Badge({
  children,
  tone = 'neutral',
}: {
  children: React.ReactNode;
  tone?: 'neutral' | 'good' | 'warn' | 'bad';
}) {
  const tones = {
    neutral: 'bg-stone-200 text-stone-800',
    good: 'bg-brand-100 text-brand-900',
    warn: 'bg-amber-100 text-amber-900',
    bad: 'bg-red-100 text-red-900',
  };
  return (
    <span
      className={clsx('inline-block rounded-full px-2 py-0.5 text-xs font-semibold whitespace-nowrap', tones[tone])}
    >
      {children}
    </span>
  );
}
