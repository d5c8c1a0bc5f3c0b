import { describe, expect, it } from 'vitest';
import type { OrderStatus } from '@/db/schema/orders';
import { orderStatusCopy, type OrderNoticeInput } from './order-status-copy';

const input = (status: OrderStatus, extra: Partial<OrderNoticeInput> = {}): OrderNoticeInput => ({
  status,
  orderNumber: 1042,
  totalCents: 4_990_000,
  deliveryOption: 'DELIVERY',
  trackingNumber: null,
  cancellationReason: null,
  reservationExpiresAt: null,
  reason: null,
  ...extra,
});

describe('orderStatusCopy', () => {
  it.each([
    ['PENDING_PAYMENT', 'Recibimos tu pedido #1042'],
    ['PAID', 'Pago confirmado: pedido #1042'],
    ['PREPARING', 'Estamos preparando tu pedido #1042'],
    ['SHIPPED', 'Tu pedido #1042 va en camino'],
    ['DELIVERED', 'Pedido #1042 entregado'],
    ['CANCELLED', 'Pedido #1042 cancelado'],
    ['RETURN_APPROVED', 'Aprobamos tu devolución del pedido #1042'],
    ['RETURN_REJECTED', 'Tu devolución del pedido #1042 no fue aprobada'],
    ['REFUNDED', 'Reembolso del pedido #1042'],
  ] as const)('%s → «%s»', (status, title) => {
    const copy = orderStatusCopy(input(status));
    expect(copy?.title).toBe(title);
    expect(copy?.subject).toBe(`${title} · Botica`);
  });

  it.each(['RETURN_REQUESTED', 'FRAUD_ALERT'] as const)('%s is not sent to the customer', (status) => {
    expect(orderStatusCopy(input(status))).toBeNull();
  });

  it('names the expiry, the tracking number, the amount and the rejection reason', () => {
    expect(orderStatusCopy(input('CANCELLED', { cancellationReason: 'EXPIRED' }))?.title).toBe(
      'Tu reserva del pedido #1042 venció',
    );
    expect(orderStatusCopy(input('SHIPPED', { trackingNumber: 'GUIA-7' }))?.body).toBe('Número de guía: GUIA-7.');
    expect(orderStatusCopy(input('PAID'))?.body).toMatch(/49\.900/);
    expect(orderStatusCopy(input('PENDING_PAYMENT', { totalCents: 0 }))?.body).toMatch(/saldo a favor/);
    expect(orderStatusCopy(input('RETURN_REJECTED', { reason: 'Producto abierto' }))?.body).toBe(
      'Motivo: Producto abierto',
    );
    // 30 minutes after 15:00 UTC is 10:30 in Bogotá.
    expect(
      orderStatusCopy(input('PENDING_PAYMENT', { reservationExpiresAt: new Date('2030-05-02T15:30:00Z') }))?.body,
    ).toMatch(/2 de mayo.*10:30/);
  });
});
