import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { productVariants, products } from '@/db/schema';
import { notFound } from '@/lib/errors';
import { productInactive } from './cart-errors';

export type SellableVariant = {
  id: string;
  productName: string;
  priceCents: number;
  vipPriceCents: number | null;
  available: number;
  minOrderQuantity: number;
  maxOrderQuantity: number;
};

/**
 * The variant with a share lock, so its stock and prices cannot change between the checks and the
 * cart write (#1/#2). Deleted products answer 404; inactive ones MKT-PRODUCT-INACTIVE (#5).
 */
export async function loadSellableVariant(tx: Db, variantId: string): Promise<SellableVariant> {
  const [row] = await tx
    .select({
      id: productVariants.id,
      productName: products.name,
      isActive: products.isActive,
      deletedAt: products.deletedAt,
      priceCents: productVariants.priceCents,
      vipPriceCents: productVariants.vipPriceCents,
      stock: productVariants.stock,
      reservedStock: productVariants.reservedStock,
      minOrderQuantity: productVariants.minOrderQuantity,
      maxOrderQuantity: productVariants.maxOrderQuantity,
    })
    .from(productVariants)
    .innerJoin(products, eq(products.id, productVariants.productId))
    .where(eq(productVariants.id, variantId))
    .for('share', { of: productVariants });
  if (!row || row.deletedAt) throw notFound('Este producto no existe o ya no está en el catálogo.');
  if (!row.isActive) throw productInactive(row.productName);
  return {
    id: row.id,
    productName: row.productName,
    priceCents: row.priceCents,
    vipPriceCents: row.vipPriceCents,
    available: row.stock - row.reservedStock,
    minOrderQuantity: row.minOrderQuantity,
    maxOrderQuantity: row.maxOrderQuantity,
  };
}
