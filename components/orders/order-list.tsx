import Link from 'next/link';
import { ChevronRight } from 'lucide-react';
import type { OrderStatus } from '@/db/schema/orders';
import { formatCop } from '@/lib/money';
import { formatShortDate, formatTime } from './format-date';
import { OrderStatusBadge } from './order-status-badge';

export type OrderListItem = {
  id: string;
  number: number;
  status: OrderStatus;
  totalCents: number;
  deliveryOption: 'PICKUP' | 'DELIVERY';
  createdAt: Date;
  reservationExpiresAt: Date | null;
  cancellationReason: string | null;
  itemCount: number;
};

/** The shopper's orders, newest first; each row opens the order. */
export function OrderList({ orders, now }: { orders: OrderListItem[]; now: number }) {
  return (
    <ul className="mt-6 space-y-3" data-testid="order-list">
      {orders.map((order) => (
        <li key={order.id}>
          <Link
            href={`/cuenta/pedidos/${order.id}`}
            className="flex items-center gap-4 rounded-2xl border border-sand-200 bg-white p-4 hover:border-brand-500 sm:p-5"
          >
            <div className="min-w-0 flex-1">
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-serif text-lg text-brand-900">Pedido #{order.number}</span>
                <OrderStatusBadge status={order.status} cancellationReason={order.cancellationReason} />
              </div>
              <p className="mt-1 text-sm text-stone-700">
                {formatShortDate(order.createdAt)} · {order.itemCount}{' '}
                {order.itemCount === 1 ? 'producto' : 'productos'} ·{' '}
                {order.deliveryOption === 'PICKUP' ? 'Recoger en el spa' : 'Envío a domicilio'}
              </p>
              {order.status === 'PENDING_PAYMENT' && order.reservationExpiresAt ? (
                order.reservationExpiresAt.getTime() > now ? (
                  <p className="mt-1 text-sm font-semibold text-amber-900">
                    Paga antes de las {formatTime(order.reservationExpiresAt)}
                  </p>
                ) : (
                  <p className="mt-1 text-sm text-stone-700">La reserva venció</p>
                )
              ) : null}
            </div>
            <span className="shrink-0 font-semibold text-stone-900">{formatCop(order.totalCents)}</span>
            <ChevronRight aria-hidden className="size-5 shrink-0 text-stone-500" />
          </Link>
        </li>
      ))}
    </ul>
  );
}
