import type { OrderStatus } from '@/db/schema/orders';
import { ORDER_STATUS_LABEL } from '@/lib/orders/state-machine';

/** The status as the shopper reads it; a pending order that ran out of time reads "Expirado", not "Cancelado". */
export function orderStatusLabel(status: OrderStatus, cancellationReason: string | null | undefined): string {
  if (status === 'CANCELLED' && cancellationReason === 'EXPIRED') return 'Expirado';
  return ORDER_STATUS_LABEL[status];
}

type Tone = 'pending' | 'good' | 'progress' | 'bad' | 'neutral';

const TONE: Record<OrderStatus, Tone> = {
  PENDING_PAYMENT: 'pending',
  PAID: 'good',
  PREPARING: 'progress',
  SHIPPED: 'progress',
  DELIVERED: 'good',
  CANCELLED: 'neutral',
  RETURN_REQUESTED: 'pending',
  RETURN_APPROVED: 'progress',
  RETURN_REJECTED: 'bad',
  REFUNDED: 'neutral',
  FRAUD_ALERT: 'bad',
};

// Text/background pairs that keep at least 4.5:1 contrast.
const TONE_CLASSES: Record<Tone, string> = {
  pending: 'bg-amber-100 text-amber-900',
  good: 'bg-brand-100 text-brand-900',
  progress: 'bg-sky-100 text-sky-900',
  bad: 'bg-red-100 text-red-900',
  neutral: 'bg-stone-200 text-stone-800',
};

export function orderStatusClasses(status: OrderStatus): string {
  return TONE_CLASSES[TONE[status]];
}
