'use client';

import clsx from 'clsx';
import { Store, Truck } from 'lucide-react';
import type { DeliveryOptionCode } from '@/lib/pricing/price-order';
import { formatCop } from '@/lib/money';
import { formatCalendarDate } from '@/components/orders/format-date';
import type { CheckoutPreview } from '@/lib/checkout/get-checkout-preview';

type DeliveryOptionsProps = {
  value: DeliveryOptionCode;
  onChange: (value: DeliveryOptionCode) => void;
  preview: CheckoutPreview;
  error?: string;
};

/** PICKUP or DELIVERY as a radio group, each with its cost and its estimated date. */
export function DeliveryOptions({ value, onChange, preview, error }: DeliveryOptionsProps) {
  const delivery = preview.options.DELIVERY;
  const goodsAfterVoucher = delivery.subtotalCents - delivery.bulkDiscountCents - delivery.voucherDiscountCents;
  const missingForFree = Math.max(0, preview.freeShippingThresholdCents - goodsAfterVoucher);
  const options = [
    {
      code: 'DELIVERY' as const,
      icon: Truck,
      title: 'Envío a domicilio',
      price: delivery.shippingCents === 0 ? 'Gratis' : formatCop(delivery.shippingCents),
      detail:
        delivery.shippingCents === 0
          ? `Envío gratis en compras desde ${formatCop(preview.freeShippingThresholdCents)}.`
          : `Te faltan ${formatCop(missingForFree)} para el envío gratis (desde ${formatCop(preview.freeShippingThresholdCents)}).`,
      dateLabel: 'Llega aprox. el',
      date: delivery.estimatedDeliveryDate,
    },
    {
      code: 'PICKUP' as const,
      icon: Store,
      title: 'Recoger en el spa',
      price: 'Gratis',
      detail: preview.pickupPlace,
      dateLabel: 'Lista para recoger el',
      date: preview.options.PICKUP.estimatedDeliveryDate,
    },
  ];
  return (
    <fieldset aria-describedby={error ? 'delivery-error' : undefined}>
      <legend className="font-serif text-xl text-brand-900">1. ¿Cómo quieres recibirlo?</legend>
      <div className="mt-3 grid gap-3 sm:grid-cols-2">
        {options.map((option, index) => {
          const isSelected = option.code === value;
          const Icon = option.icon;
          return (
            <label
              key={option.code}
              className={clsx(
                'flex cursor-pointer gap-3 rounded-xl border p-4 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-700',
                isSelected ? 'border-brand-700 bg-brand-50' : 'border-stone-300 bg-white hover:border-brand-500',
              )}
            >
              <input
                type="radio"
                id={index === 0 ? 'delivery-option-first' : undefined}
                name="deliveryOption"
                value={option.code}
                checked={isSelected}
                onChange={() => onChange(option.code)}
                className="mt-1 size-4 shrink-0 accent-brand-700"
              />
              <span className="min-w-0 flex-1">
                <span className="flex items-center justify-between gap-2">
                  <span className="flex items-center gap-1.5 font-semibold text-stone-900">
                    <Icon aria-hidden className="size-4 text-brand-700" />
                    {option.title}
                  </span>
                  <span className="font-semibold text-stone-900">{option.price}</span>
                </span>
                <span className="mt-1 block text-sm text-stone-700">{option.detail}</span>
                <span className="mt-1 block text-sm text-brand-800">
                  {option.dateLabel} {formatCalendarDate(option.date)}
                </span>
              </span>
            </label>
          );
        })}
      </div>
      {error ? (
        <p id="delivery-error" className="mt-2 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
