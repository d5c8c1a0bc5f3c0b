import { formatCalendarDate } from './format-date';
import type { OrderView } from './order-types';

/** Where and when: pickup (at the spa's current address, `pickupPlace`) or the delivery address, the estimated date (#16) and the tracking number. */
export function OrderDelivery({ order, pickupPlace }: { order: OrderView; pickupPlace: string }) {
  const isDone = order.status === 'DELIVERED' || order.status === 'CANCELLED' || order.status === 'REFUNDED';
  return (
    <dl className="space-y-3 text-sm">
      <div>
        <dt className="font-semibold text-stone-900">
          {order.deliveryOption === 'PICKUP' ? 'Recoges en el spa' : 'Envío a domicilio'}
        </dt>
        <dd className="mt-0.5 text-stone-700">
          {order.address ? (
            <>
              {order.address.line1}
              <br />
              {order.address.city}, {order.address.department}
              <br />
              Tel. {order.address.phone}
              {order.address.notes ? (
                <>
                  <br />
                  <span className="italic">{order.address.notes}</span>
                </>
              ) : null}
            </>
          ) : (
            pickupPlace
          )}
        </dd>
      </div>
      {isDone ? null : (
        <div>
          <dt className="font-semibold text-stone-900">
            {order.deliveryOption === 'PICKUP' ? 'Lista para recoger' : 'Entrega estimada'}
          </dt>
          <dd className="mt-0.5 text-stone-700" data-testid="order-estimated-date">
            {formatCalendarDate(order.estimatedDeliveryDate)}
          </dd>
        </div>
      )}
      {order.trackingNumber ? (
        <div>
          <dt className="font-semibold text-stone-900">Número de guía</dt>
          <dd className="mt-0.5 font-mono text-stone-800" data-testid="tracking-number">
            {order.trackingNumber}
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
