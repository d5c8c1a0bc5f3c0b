import { describe, expect, it } from 'vitest';
import { bulkPercentFor, priceLine, unitPriceFor } from './price-line';
import { priceOrder, shippingFor, voucherDiscountFor } from './price-order';

const settings = { shippingFeeCents: 650_000, freeShippingThresholdCents: 15_000_000 };
const variant = {
  priceCents: 4_990_000,
  vipPriceCents: 4_240_000,
  bulkDiscounts: [
    { minQuantity: 3, percent: 5 },
    { minQuantity: 6, percent: 10 },
  ],
};

describe('unitPriceFor', () => {
  it.each([
    [true, 4_240_000],
    [false, 4_990_000],
  ])('VIP %s pays %i', (isVip, expected) => expect(unitPriceFor(variant, isVip)).toBe(expected));
  it('falls back to the regular price when the variant has no VIP price', () => {
    expect(unitPriceFor({ priceCents: 1_000_000, vipPriceCents: null }, true)).toBe(1_000_000);
  });
});

describe('bulkPercentFor', () => {
  it.each([
    [1, 0],
    [2, 0],
    [3, 5],
    [5, 5],
    [6, 10],
    [50, 10],
  ])('%i units → %i %%', (qty, pct) => expect(bulkPercentFor(variant.bulkDiscounts, qty)).toBe(pct));
});

describe('priceLine', () => {
  it('applies the bulk tier on top of the VIP price, in whole pesos', () => {
    const line = priceLine(variant, 3, true);
    expect(line).toMatchObject({
      unitPriceCents: 4_240_000,
      lineSubtotalCents: 12_720_000,
      bulkDiscountPercent: 5,
      lineDiscountCents: 636_000,
      lineTotalCents: 12_084_000,
    });
    expect(line.lineTotalCents % 100).toBe(0);
  });
  it('rounds a fractional discount down to whole pesos', () => {
    const line = priceLine(
      { priceCents: 3_333_300, vipPriceCents: null, bulkDiscounts: [{ minQuantity: 2, percent: 7 }] },
      2,
      false,
    );
    expect(line.lineDiscountCents % 100).toBe(0);
    expect(line.lineTotalCents).toBe(6_666_600 - line.lineDiscountCents);
  });
});

describe('priceOrder', () => {
  it('charges the flat delivery fee under the threshold and nothing for pickup', () => {
    expect(shippingFor('DELIVERY', 14_999_900, settings)).toBe(650_000);
    expect(shippingFor('DELIVERY', 15_000_000, settings)).toBe(0);
    expect(shippingFor('PICKUP', 100, settings)).toBe(0);
  });
  it('measures free shipping after the voucher', () => {
    const totals = priceOrder({
      lines: [{ lineSubtotalCents: 16_000_000, lineDiscountCents: 0 }],
      deliveryOption: 'DELIVERY',
      voucher: { kind: 'FIXED', value: 2_000_000 },
      creditAvailableCents: 0,
      settings,
    });
    expect(totals).toEqual({
      subtotalCents: 16_000_000,
      bulkDiscountCents: 0,
      voucherDiscountCents: 2_000_000,
      shippingCents: 650_000,
      creditAppliedCents: 0,
      totalCents: 14_650_000,
    });
  });
  it('never lets a voucher exceed the goods', () => {
    expect(voucherDiscountFor({ kind: 'FIXED', value: 9_000_000 }, 5_000_000)).toBe(5_000_000);
    expect(voucherDiscountFor({ kind: 'PERCENT', value: 15 }, 5_000_000)).toBe(750_000);
  });
  it('applies store credit last and never beyond the total', () => {
    const totals = priceOrder({
      lines: [{ lineSubtotalCents: 5_000_000, lineDiscountCents: 0 }],
      deliveryOption: 'PICKUP',
      voucher: null,
      creditAvailableCents: 9_999_999,
      settings,
    });
    expect(totals.creditAppliedCents).toBe(5_000_000);
    expect(totals.totalCents).toBe(0);
  });
});
