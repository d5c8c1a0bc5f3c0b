import type { CartLineIssue, CartLineView, CartView } from '@/lib/cart/get-cart-view';
import { percentOf } from '@/lib/money';
import { bulkPercentFor } from '@/lib/pricing/price-line';

export type CartChange = { type: 'quantity'; itemId: string; quantity: number } | { type: 'remove'; itemId: string };

/**
 * The line as it will most likely look once the server answers, for the optimistic render only: the
 * server's cart replaces it as soon as the action finishes (or restores the old one if it fails).
 */
function withQuantity(line: CartLineView, quantity: number): CartLineView {
  const subtotal = line.unitPriceCents * quantity;
  const bulkDiscountPercent = bulkPercentFor(line.bulkDiscounts, quantity);
  const lineDiscountCents = bulkDiscountPercent > 0 ? percentOf(subtotal, bulkDiscountPercent) : 0;
  const quantityIssues: CartLineIssue[] = [];
  if (quantity > line.available) quantityIssues.push('INSUFFICIENT-STOCK');
  if (quantity < line.minOrderQuantity) quantityIssues.push('BELOW-MINIMUM');
  if (quantity > line.maxOrderQuantity) quantityIssues.push('ABOVE-MAXIMUM');
  const otherIssues = line.issues.filter((i) => i === 'PRODUCT-INACTIVE' || i === 'PRICE-CHANGED');
  return {
    ...line,
    quantity,
    bulkDiscountPercent,
    lineDiscountCents,
    lineTotalCents: subtotal - lineDiscountCents,
    issues: [...otherIssues, ...quantityIssues],
  };
}

export function applyCartChange(cart: CartView, change: CartChange): CartView {
  const isRemoval = change.type === 'remove' || change.quantity <= 0;
  const items = isRemoval
    ? cart.items.filter((line) => line.id !== change.itemId)
    : cart.items.map((line) => (line.id === change.itemId ? withQuantity(line, change.quantity) : line));
  const subtotalCents = items.reduce((sum, line) => sum + line.unitPriceCents * line.quantity, 0);
  const discountCents = items.reduce((sum, line) => sum + line.lineDiscountCents, 0);
  return {
    ...cart,
    items,
    subtotalCents,
    discountCents,
    totalCents: subtotalCents - discountCents,
    itemCount: items.reduce((sum, line) => sum + line.quantity, 0),
    issues: items.flatMap((line) => line.issues.map((issue) => ({ itemId: line.id, issue }))),
  };
}
