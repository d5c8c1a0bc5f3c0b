/**
 * How a price is shown to a given shopper (VIP prices). Every number comes from the database; this
 * only decides which one is the price.
 *
 * - `regular`: no VIP price for this item.
 * - `vip`: the shopper is VIP: the VIP price *is* the price, the regular one is shown struck through.
 * - `teaser`: the shopper is not VIP: the regular price is the price, the VIP one is a members' teaser.
 */
export type PriceView =
  | { kind: 'regular'; priceCents: number }
  | { kind: 'vip'; priceCents: number; regularPriceCents: number }
  | { kind: 'teaser'; priceCents: number; vipPriceCents: number };

export type PricePair = { priceCents: number; vipPriceCents: number | null };

export function priceViewFor(prices: PricePair, viewer: { isVip: boolean }): PriceView {
  const vip = prices.vipPriceCents;
  if (vip === null || vip >= prices.priceCents) return { kind: 'regular', priceCents: prices.priceCents };
  if (viewer.isVip) return { kind: 'vip', priceCents: vip, regularPriceCents: prices.priceCents };
  return { kind: 'teaser', priceCents: prices.priceCents, vipPriceCents: vip };
}
