import { percentOf, type Cents } from '@/lib/money';
import type { StoreSettings } from '@/lib/settings/store-settings';

export type DeliveryOptionCode = 'PICKUP' | 'DELIVERY';
export type VoucherTerms = { kind: 'PERCENT' | 'FIXED'; value: number };

export type OrderTotals = {
  subtotalCents: Cents;
  bulkDiscountCents: Cents;
  voucherDiscountCents: Cents;
  shippingCents: Cents;
  creditAppliedCents: Cents;
  totalCents: Cents;
};

/** A voucher never takes the goods below zero; FIXED is centavos, PERCENT applies to the discounted goods. */
export function voucherDiscountFor(voucher: VoucherTerms, goodsCents: Cents): Cents {
  const raw = voucher.kind === 'PERCENT' ? percentOf(goodsCents, voucher.value) : voucher.value;
  return Math.min(raw, goodsCents);
}

/** Flat fee for delivery, free from the threshold (measured on goods after discounts); pickup is free. */
export function shippingFor(
  option: DeliveryOptionCode,
  goodsCents: Cents,
  settings: Pick<StoreSettings, 'shippingFeeCents' | 'freeShippingThresholdCents'>,
): Cents {
  if (option === 'PICKUP') return 0;
  return goodsCents >= settings.freeShippingThresholdCents ? 0 : settings.shippingFeeCents;
}

/**
 * Order totals from priced lines. Order of operations: bulk discounts per line, then the voucher on
 * the goods, then shipping on what remains, then store credit against the total.
 */
export function priceOrder(args: {
  lines: Array<{ lineSubtotalCents: Cents; lineDiscountCents: Cents }>;
  deliveryOption: DeliveryOptionCode;
  voucher: VoucherTerms | null;
  creditAvailableCents: Cents;
  settings: Pick<StoreSettings, 'shippingFeeCents' | 'freeShippingThresholdCents'>;
}): OrderTotals {
  const subtotalCents = args.lines.reduce((sum, l) => sum + l.lineSubtotalCents, 0);
  const bulkDiscountCents = args.lines.reduce((sum, l) => sum + l.lineDiscountCents, 0);
  const goodsCents = subtotalCents - bulkDiscountCents;
  const voucherDiscountCents = args.voucher ? voucherDiscountFor(args.voucher, goodsCents) : 0;
  const shippingCents = shippingFor(args.deliveryOption, goodsCents - voucherDiscountCents, args.settings);
  const beforeCredit = goodsCents - voucherDiscountCents + shippingCents;
  const creditAppliedCents = Math.max(
    0,
    Math.min(args.creditAvailableCents - (args.creditAvailableCents % 100), beforeCredit),
  );
  return {
    subtotalCents,
    bulkDiscountCents,
    voucherDiscountCents,
    shippingCents,
    creditAppliedCents,
    totalCents: beforeCredit - creditAppliedCents,
  };
}
