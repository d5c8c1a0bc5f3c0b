import type { OrderStatus } from '@/db/schema/orders';
import { ORDER_TRANSITIONS } from '@/lib/orders/state-machine';

/**
 * What staff may do to an order. Payment, fraud holds and returns belong to other flows (the payment
 * provider, the returns desk); staff move fulfilment forward or cancel.
 */
export const STAFF_TARGETS = [
  'PREPARING',
  'SHIPPED',
  'DELIVERED',
  'CANCELLED',
] as const satisfies readonly OrderStatus[];
export type StaffTarget = (typeof STAFF_TARGETS)[number];

/** The transitions to offer for an order in `status`: the state machine's, limited to staff targets. */
export function staffTransitionsFor(status: OrderStatus): StaffTarget[] {
  return ORDER_TRANSITIONS[status].filter((to): to is StaffTarget =>
    (STAFF_TARGETS as readonly OrderStatus[]).includes(to),
  );
}

export const STAFF_ACTION_LABEL: Record<StaffTarget, string> = {
  PREPARING: 'Empezar a preparar',
  SHIPPED: 'Marcar como enviado',
  DELIVERED: 'Marcar como entregado',
  CANCELLED: 'Cancelar pedido',
};
