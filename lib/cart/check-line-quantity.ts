import type { StoreSettings } from '@/lib/settings/store-settings';
import { aboveMaximum, belowMinimum, insufficientStock, unitsPerLineLimit } from './cart-errors';

export type LineLimits = { minOrderQuantity: number; maxOrderQuantity: number; available: number };

/**
 * The rules a cart line's quantity must meet (#9, #12, and availability for #1/#2), in the order a
 * shopper can act on them: store limit, the variant's min and max, then stock.
 */
export function checkLineQuantity(
  quantity: number,
  limits: LineLimits,
  settings: Pick<StoreSettings, 'cartMaxUnitsPerLine'>,
): void {
  if (quantity > settings.cartMaxUnitsPerLine) throw unitsPerLineLimit(settings.cartMaxUnitsPerLine);
  if (quantity < limits.minOrderQuantity) throw belowMinimum(limits.minOrderQuantity);
  if (quantity > limits.maxOrderQuantity) throw aboveMaximum(limits.maxOrderQuantity);
  if (quantity > limits.available) throw insufficientStock(Math.max(0, limits.available), quantity);
}
