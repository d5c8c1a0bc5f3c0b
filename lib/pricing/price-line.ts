import { percentOf, type Cents } from '@/lib/money';

export type BulkTier = { minQuantity: number; percent: number };
export type PricedVariant = { priceCents: Cents; vipPriceCents: Cents | null; bulkDiscounts: BulkTier[] };

export type PricedLine = {
  regularUnitPriceCents: Cents;
  unitPriceCents: Cents;
  isVipPrice: boolean;
  bulkDiscountPercent: number;
  lineDiscountCents: Cents;
  lineSubtotalCents: Cents;
  lineTotalCents: Cents;
};

/** The unit price a shopper pays: the VIP price for an active VIP when the variant has one. */
export function unitPriceFor(variant: Pick<PricedVariant, 'priceCents' | 'vipPriceCents'>, isVip: boolean): Cents {
  return isVip && variant.vipPriceCents !== null && variant.vipPriceCents > 0
    ? variant.vipPriceCents
    : variant.priceCents;
}

/** The best tier the quantity reaches (#32); 0 when none applies. */
export function bulkPercentFor(tiers: BulkTier[], quantity: number): number {
  return tiers.reduce((best, tier) => (quantity >= tier.minQuantity && tier.percent > best ? tier.percent : best), 0);
}

/** Prices one line on the server from database prices; integer centavos throughout. */
export function priceLine(variant: PricedVariant, quantity: number, isVip: boolean): PricedLine {
  const unitPriceCents = unitPriceFor(variant, isVip);
  const lineSubtotalCents = unitPriceCents * quantity;
  const bulkDiscountPercent = bulkPercentFor(variant.bulkDiscounts, quantity);
  const lineDiscountCents = bulkDiscountPercent > 0 ? percentOf(lineSubtotalCents, bulkDiscountPercent) : 0;
  return {
    regularUnitPriceCents: variant.priceCents,
    unitPriceCents,
    isVipPrice: unitPriceCents !== variant.priceCents,
    bulkDiscountPercent,
    lineDiscountCents,
    lineSubtotalCents,
    lineTotalCents: lineSubtotalCents - lineDiscountCents,
  };
}
