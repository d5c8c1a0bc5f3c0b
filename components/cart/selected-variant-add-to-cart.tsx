'use client';

import type { ReactNode } from 'react';
import { useSelectedVariant } from '@/components/product/variant-selection';
import { AddToCart } from './add-to-cart';

/**
 * The product page's slot: "Agregar al carrito" for whichever presentation is selected. `soldOut`
 * replaces the default "Agotado" note when that presentation cannot be bought (e.g. the restock
 * feature's "Avísame cuando vuelva", which reads the same selection with useSelectedVariant()).
 */
export function SelectedVariantAddToCart({ productName, soldOut }: { productName: string; soldOut?: ReactNode }) {
  const { variant } = useSelectedVariant();
  // Keyed by variant so the quantity starts again at that variant's minimum.
  return <AddToCart key={variant.id} variant={variant} productName={productName} soldOut={soldOut} />;
}
