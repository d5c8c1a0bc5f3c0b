import type { CartView } from '@/lib/cart/get-cart-view';
import type { CheckoutOptionPreview } from '@/lib/checkout/get-checkout-preview';
import type { DeliveryOptionCode } from '@/lib/pricing/price-order';
import { formatCop } from '@/lib/money';
import { formatCalendarDate } from '@/components/orders/format-date';

type OrderSummaryProps = {
  items: CartView['items'];
  totals: CheckoutOptionPreview;
  deliveryOption: DeliveryOptionCode;
  voucherCode: string | null;
};

/** The order as the server priced it: lines, discounts, shipping, total and the estimated date. */
export function OrderSummary({ items, totals, deliveryOption, voucherCode }: OrderSummaryProps) {
  return (
    <div>
      <ul className="divide-y divide-sand-200 text-sm">
        {items.map((line) => (
          <li key={line.id} className="flex justify-between gap-3 py-2">
            <span className="min-w-0">
              <span className="block font-medium text-stone-900">{line.productName}</span>
              <span className="text-stone-600">
                {line.variantName} × {line.quantity}
              </span>
            </span>
            <span className="shrink-0 font-medium text-stone-900">{formatCop(line.lineTotalCents)}</span>
          </li>
        ))}
      </ul>
      <dl className="mt-3 space-y-1.5 border-t border-sand-200 pt-3 text-sm" aria-live="polite" aria-atomic="true">
        <div className="flex justify-between">
          <dt className="text-stone-700">Subtotal</dt>
          <dd>{formatCop(totals.subtotalCents)}</dd>
        </div>
        {totals.bulkDiscountCents > 0 ? (
          <div className="flex justify-between text-brand-800">
            <dt>Ahorro por cantidad</dt>
            <dd>−{formatCop(totals.bulkDiscountCents)}</dd>
          </div>
        ) : null}
        {totals.voucherDiscountCents > 0 ? (
          <div className="flex justify-between text-brand-800">
            <dt>Cupón {voucherCode}</dt>
            <dd>−{formatCop(totals.voucherDiscountCents)}</dd>
          </div>
        ) : null}
        <div className="flex justify-between">
          <dt className="text-stone-700">{deliveryOption === 'PICKUP' ? 'Recoger en el spa' : 'Envío'}</dt>
          <dd>{totals.shippingCents === 0 ? 'Gratis' : formatCop(totals.shippingCents)}</dd>
        </div>
        {totals.creditAppliedCents > 0 ? (
          <div className="flex justify-between text-brand-800">
            <dt>Saldo a favor</dt>
            <dd>−{formatCop(totals.creditAppliedCents)}</dd>
          </div>
        ) : null}
        <div className="flex justify-between border-t border-sand-200 pt-2 text-base">
          <dt className="font-semibold text-stone-900">Total a pagar</dt>
          <dd className="font-bold text-stone-900" data-testid="checkout-total">
            {formatCop(totals.totalCents)}
          </dd>
        </div>
      </dl>
      <p className="mt-3 rounded-lg bg-sand-100 px-3 py-2 text-sm text-stone-800">
        {deliveryOption === 'PICKUP' ? 'Lista para recoger' : 'Entrega estimada'}:{' '}
        <strong data-testid="estimated-delivery">{formatCalendarDate(totals.estimatedDeliveryDate)}</strong>
      </p>
    </div>
  );
}
