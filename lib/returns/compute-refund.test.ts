import { describe, expect, it } from 'vitest';
import { computeReturnRefund } from './compute-refund';

describe('computeReturnRefund', () => {
  it('refunds approved units at the paid unit price', () => {
    expect(
      computeReturnRefund({
        lines: [{ quantity: 3, lineTotalCents: 14_970_000, approvedQuantity: 2 }],
        goodsTotalCents: 14_970_000,
        voucherDiscountCents: 0,
      }),
    ).toBe(9_980_000);
  });
  it('keeps the bulk discount the shopper got', () => {
    // 6 units at 10 000 with 10 % bulk discount → 54 000 paid; returning 3 gives back 27 000.
    expect(
      computeReturnRefund({
        lines: [{ quantity: 6, lineTotalCents: 5_400_000, approvedQuantity: 3 }],
        goodsTotalCents: 5_400_000,
        voucherDiscountCents: 0,
      }),
    ).toBe(2_700_000);
  });
  it('subtracts the returned share of a voucher and floors to whole pesos', () => {
    const refund = computeReturnRefund({
      lines: [
        { quantity: 1, lineTotalCents: 3_333_300, approvedQuantity: 1 },
        { quantity: 1, lineTotalCents: 6_666_700, approvedQuantity: 0 },
      ],
      goodsTotalCents: 10_000_000,
      voucherDiscountCents: 1_000_000,
    });
    expect(refund).toBe(2_999_900);
    expect(refund % 100).toBe(0);
  });
  it('refunds nothing when nothing is approved', () => {
    expect(
      computeReturnRefund({
        lines: [{ quantity: 2, lineTotalCents: 100_000, approvedQuantity: 0 }],
        goodsTotalCents: 100_000,
        voucherDiscountCents: 0,
      }),
    ).toBe(0);
  });
});
