import type { CartLineIssue, CartLineView } from '@/lib/cart/get-cart-view';
import { formatCop } from '@/lib/money';

type IssueLine = Pick<CartLineView, 'available' | 'minOrderQuantity' | 'maxOrderQuantity' | 'unitPriceCents'>;

/** What each cart-line issue means to the shopper, in Spanish, with the number they can act on. */
export function cartIssueMessage(issue: CartLineIssue, line: IssueLine): string {
  switch (issue) {
    case 'PRODUCT-INACTIVE':
      return 'Este producto ya no está a la venta. Quítalo para poder pagar.';
    case 'INSUFFICIENT-STOCK':
      return line.available === 0
        ? 'Se agotó. Quítalo para poder pagar.'
        : `Solo quedan ${line.available} ${line.available === 1 ? 'unidad' : 'unidades'}. Baja la cantidad para poder pagar.`;
    case 'BELOW-MINIMUM':
      return `La compra mínima es de ${line.minOrderQuantity} unidades.`;
    case 'ABOVE-MAXIMUM':
      return `La compra máxima es de ${line.maxOrderQuantity} unidades por pedido.`;
    case 'PRICE-CHANGED':
      return `El precio cambió desde que lo agregaste: ahora cuesta ${formatCop(line.unitPriceCents)} por unidad.`;
  }
}

/** Every issue but a price change stops checkout until the shopper fixes the line. */
export function isBlockingIssue(issue: CartLineIssue): boolean {
  return issue !== 'PRICE-CHANGED';
}

export function hasBlockingIssues(lines: Array<Pick<CartLineView, 'issues'>>): boolean {
  return lines.some((line) => line.issues.some(isBlockingIssue));
}

/** Units the shopper may choose for a line: within the variant's limits and what is left in stock. */
export function lineQuantityBounds(
  line: Pick<CartLineView, 'available' | 'minOrderQuantity' | 'maxOrderQuantity' | 'quantity'>,
) {
  const min = Math.max(1, line.minOrderQuantity);
  const max = Math.max(min, Math.min(line.maxOrderQuantity, line.available));
  return { min, max };
}
