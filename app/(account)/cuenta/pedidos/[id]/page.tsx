import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { CancelOrderButton } from '@/components/orders/cancel-order-button';
import { formatDateTime } from '@/components/orders/format-date';
import { OrderDelivery } from '@/components/orders/order-delivery';
import { OrderHelp } from '@/components/orders/order-help';
import { OrderItems } from '@/components/orders/order-items';
import { OrderPayment } from '@/components/orders/order-payment';
import { OrderReturns } from '@/components/orders/order-returns';
import { OrderStatusBadge } from '@/components/orders/order-status-badge';
import { OrderTimeline } from '@/components/orders/order-timeline';
import { OrderTotals } from '@/components/orders/order-totals';
import { PayOrderButton } from '@/components/orders/pay-order-button';
import { ReservationCountdown } from '@/components/orders/reservation-countdown';
import { RefreshShopper } from '@/components/providers/refresh-shopper';
import { getDb } from '@/db/client';
import { getCurrentUser } from '@/lib/auth/guards';
import { isAppError } from '@/lib/errors';
import { formatCop } from '@/lib/money';
import { getOrderJsonForOwner } from '@/lib/orders/get-order-json';
import { isWithinReturnWindow } from '@/lib/returns/return-window';
import { readStoreSettings } from '@/lib/settings/read-store-settings';
import { pickupPlaceText } from '@/lib/settings/store-text';

// Personal, rendered per request: allowed to block instead of streaming from a static shell.
export const instant = false;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: 'Tu pedido' };

async function loadOrder(orderId: string, ownerId: string) {
  try {
    return await getOrderJsonForOwner(getDb(), { orderId, ownerId });
  } catch (error) {
    // Someone else's order reads exactly like a missing one.
    if (isAppError(error) && error.status === 404) return null;
    throw error;
  }
}

function isStillPayable(order: { status: string; reservationExpiresAt: string | null }, now: number): boolean {
  return (
    order.status === 'PENDING_PAYMENT' &&
    order.reservationExpiresAt !== null &&
    Date.parse(order.reservationExpiresAt) > now
  );
}

export default async function OrderPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) redirect(`/ingresar?next=${encodeURIComponent(`/cuenta/pedidos/${id}`)}`);
  const order = await loadOrder(id, user.id);
  if (!order) notFound();
  const isNew = (await searchParams).nuevo === '1';
  const { store, returnWindowDays } = await readStoreSettings();
  const renderedAt = new Date().getTime();
  const payable = isStillPayable(order, renderedAt);
  const lapsed = order.status === 'PENDING_PAYMENT' && !payable;
  // Delivered, or refunded after a partial return with units left, and still within the window.
  const canReturn =
    (order.status === 'DELIVERED' || order.status === 'REFUNDED') &&
    order.deliveredAt !== null &&
    order.items.some((i) => i.quantity > i.quantityReturned) &&
    isWithinReturnWindow(new Date(order.deliveredAt), returnWindowDays);

  return (
    <div className="mx-auto max-w-6xl px-4 py-10">
      {/* Just placed: the cart is empty now, and the header's badge must say so. */}
      {isNew ? <RefreshShopper /> : null}
      <nav aria-label="Migas de pan" className="text-sm text-stone-600">
        <Link href="/cuenta" className="hover:underline">
          Mi cuenta
        </Link>{' '}
        /{' '}
        <Link href="/cuenta/pedidos" className="hover:underline">
          Mis pedidos
        </Link>
      </nav>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <h1 className="font-serif text-3xl text-brand-900 sm:text-4xl">Pedido #{order.number}</h1>
        <OrderStatusBadge status={order.status} cancellationReason={order.cancellationReason} />
      </div>
      <p className="mt-1 text-stone-700">Hecho el {formatDateTime(order.createdAt)}</p>

      {isNew && order.status === 'PAID' ? (
        <div role="status" className="mt-6 rounded-xl border border-brand-200 bg-brand-50 p-4 text-brand-900">
          <p className="font-semibold">¡Pedido confirmado!</p>
          <p className="text-sm">Tu saldo a favor y tus descuentos cubrieron el total: no tienes nada más que pagar.</p>
        </div>
      ) : null}
      {isNew && order.status === 'PENDING_PAYMENT' ? (
        <div role="status" className="mt-6 rounded-xl border border-brand-200 bg-brand-50 p-4 text-brand-900">
          <p className="font-semibold">¡Recibimos tu pedido!</p>
          <p className="text-sm">
            Te guardamos los productos mientras pagas. Paga con Wompi antes de que venza la reserva.
          </p>
        </div>
      ) : null}

      <div className="mt-8 grid gap-8 lg:grid-cols-[1fr_22rem]">
        <div className="space-y-8">
          {payable && order.reservationExpiresAt ? (
            <section aria-labelledby="pay-title" className="rounded-2xl border-2 border-amber-300 bg-white p-5 sm:p-6">
              <h2 id="pay-title" className="font-serif text-2xl text-brand-900">
                Paga {formatCop(order.totalCents)} para confirmar tu pedido
              </h2>
              <div className="mt-4">
                <ReservationCountdown expiresAt={order.reservationExpiresAt} serverNow={renderedAt} />
              </div>
              <div className="mt-4 grid gap-3 sm:grid-cols-2">
                <PayOrderButton orderId={order.id} />
                <CancelOrderButton orderId={order.id} orderNumber={order.number} />
              </div>
            </section>
          ) : null}
          {lapsed ? (
            <section className="rounded-2xl border border-stone-300 bg-white p-5" role="status">
              <p className="font-semibold text-stone-900">La reserva de este pedido venció.</p>
              <p className="mt-1 text-sm text-stone-700">
                Ya no se puede pagar. Si aún quieres los productos, agrégalos de nuevo al carrito.
              </p>
            </section>
          ) : null}

          {order.status === 'PAID' ? (
            <section aria-labelledby="cancel-paid-title" className="rounded-2xl border border-sand-200 bg-white p-5">
              <h2 id="cancel-paid-title" className="font-semibold text-stone-900">
                ¿Cambiaste de opinión?
              </h2>
              <p className="mt-1 text-sm text-stone-700">Puedes cancelar mientras no empecemos a preparar tu pedido.</p>
              <div className="mt-3 sm:max-w-xs">
                <CancelOrderButton orderId={order.id} orderNumber={order.number} paidCents={order.totalCents} />
              </div>
            </section>
          ) : null}
          {canReturn ? (
            <p className="rounded-2xl border border-sand-200 bg-white p-5 text-sm text-stone-700">
              ¿Algo no salió bien?{' '}
              <Link href={`/cuenta/devoluciones/${order.id}`} className="font-semibold text-brand-700 underline">
                Solicitar una devolución
              </Link>
            </p>
          ) : null}

          {order.returns.length > 0 ? (
            <section aria-labelledby="returns-title" className="rounded-2xl border border-sand-200 bg-white p-5 sm:p-6">
              <h2 id="returns-title" className="mb-3 font-serif text-xl text-brand-900">
                Devoluciones
              </h2>
              <OrderReturns returns={order.returns} />
            </section>
          ) : null}

          <section aria-labelledby="items-title" className="rounded-2xl border border-sand-200 bg-white p-5 sm:p-6">
            <h2 id="items-title" className="font-serif text-xl text-brand-900">
              Productos
            </h2>
            <OrderItems items={order.items} />
            <div className="mt-3 border-t border-sand-200 pt-3">
              <OrderTotals order={order} />
            </div>
            {order.cashback ? (
              <p className="mt-3 rounded-lg bg-brand-50 px-3 py-2 text-sm text-brand-900" data-testid="order-cashback">
                Cashback VIP: {formatCop(order.cashback.grantedCents)} como saldo a favor
                {order.cashback.revokedCents > 0
                  ? ` (se retiraron ${formatCop(order.cashback.revokedCents)} al cancelar o devolver el pedido)`
                  : ''}
                .
              </p>
            ) : null}
          </section>
        </div>

        <div className="space-y-8">
          <section aria-labelledby="delivery-title" className="rounded-2xl border border-sand-200 bg-white p-5">
            <h2 id="delivery-title" className="mb-3 font-serif text-xl text-brand-900">
              Entrega
            </h2>
            <OrderDelivery order={order} pickupPlace={pickupPlaceText(store)} />
          </section>
          <section aria-labelledby="payment-title" className="rounded-2xl border border-sand-200 bg-white p-5">
            <h2 id="payment-title" className="mb-3 font-serif text-xl text-brand-900">
              Pago
            </h2>
            <OrderPayment order={order} />
          </section>
          <section aria-labelledby="timeline-title" className="rounded-2xl border border-sand-200 bg-white p-5">
            <h2 id="timeline-title" className="mb-4 font-serif text-xl text-brand-900">
              Seguimiento
            </h2>
            <OrderTimeline order={order} />
          </section>
          <OrderHelp orderNumber={order.number} />
        </div>
      </div>
    </div>
  );
}
