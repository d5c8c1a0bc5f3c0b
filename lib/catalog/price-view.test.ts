import { describe, expect, it } from 'vitest';
import { priceViewFor } from './price-view';

describe('priceViewFor', () => {
  it.each([
    {
      name: 'no VIP price, regular shopper',
      prices: { priceCents: 4_990_000, vipPriceCents: null },
      isVip: false,
      expected: { kind: 'regular', priceCents: 4_990_000 },
    },
    {
      name: 'no VIP price, VIP shopper',
      prices: { priceCents: 4_990_000, vipPriceCents: null },
      isVip: true,
      expected: { kind: 'regular', priceCents: 4_990_000 },
    },
    {
      name: 'VIP shopper pays the VIP price, regular struck through',
      prices: { priceCents: 4_990_000, vipPriceCents: 4_490_000 },
      isVip: true,
      expected: { kind: 'vip', priceCents: 4_490_000, regularPriceCents: 4_990_000 },
    },
    {
      name: 'other shoppers pay the regular price and see the VIP teaser',
      prices: { priceCents: 4_990_000, vipPriceCents: 4_490_000 },
      isVip: false,
      expected: { kind: 'teaser', priceCents: 4_990_000, vipPriceCents: 4_490_000 },
    },
    {
      name: 'a VIP price that is not lower is ignored',
      prices: { priceCents: 4_990_000, vipPriceCents: 4_990_000 },
      isVip: true,
      expected: { kind: 'regular', priceCents: 4_990_000 },
    },
  ] as const)('$name', ({ prices, isVip, expected }) => {
    expect(priceViewFor(prices, { isVip })).toEqual(expected);
  });
});
