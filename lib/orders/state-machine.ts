import type { OrderStatus } from '@/db/schema/orders';

/**
 * The one table of allowed order transitions (#18). Anything not listed is refused with MKT-STATE.
 * Compared with the reference module: no direct status writes anywhere, SHIPPED → RETURN_REQUESTED is
 * not offered (returns start from DELIVERED), and FRAUD_ALERT / CANCELLED are terminal.
 */
export const ORDER_TRANSITIONS: Record<OrderStatus, readonly OrderStatus[]> = {
  PENDING_PAYMENT: ['PAID', 'CANCELLED', 'FRAUD_ALERT'],
  PAID: ['PREPARING', 'CANCELLED'],
  PREPARING: ['SHIPPED', 'CANCELLED'],
  SHIPPED: ['DELIVERED'],
  DELIVERED: ['RETURN_REQUESTED'],
  RETURN_REQUESTED: ['RETURN_APPROVED', 'RETURN_REJECTED'],
  RETURN_APPROVED: ['REFUNDED'],
  RETURN_REJECTED: [],
  // A partial return was refunded: the remaining units may still be returned within the window.
  REFUNDED: ['RETURN_REQUESTED'],
  CANCELLED: [],
  FRAUD_ALERT: [],
};

export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return ORDER_TRANSITIONS[from].includes(to);
}

export const ORDER_STATUS_LABEL: Record<OrderStatus, string> = {
  PENDING_PAYMENT: 'Pendiente de pago',
  PAID: 'Pagado',
  PREPARING: 'En preparación',
  SHIPPED: 'Enviado',
  DELIVERED: 'Entregado',
  CANCELLED: 'Cancelado',
  RETURN_REQUESTED: 'Devolución solicitada',
  RETURN_APPROVED: 'Devolución aprobada',
  RETURN_REJECTED: 'Devolución rechazada',
  REFUNDED: 'Reembolsado',
  FRAUD_ALERT: 'En revisión',
};
