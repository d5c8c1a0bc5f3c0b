import { and, eq, isNull } from 'drizzle-orm';
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

/**
 * The variant a SKU names, for "add to cart by SKU". Unknown SKUs and SKUs of products that are not on
 * sale (inactive or deleted) are the same 404: a SKU is typed by hand, and it must not reveal what the
 * store keeps off the shelf.
 */
export async function variantIdForSku(tx: Db, sku: string): Promise<string> {
  const [row] = await tx
    .select({ id: productVariants.id })
    .from(productVariants)
    .innerJoin(products, eq(products.id, productVariants.productId))
    .where(and(eq(productVariants.sku, sku), eq(products.isActive, true), isNull(products.deletedAt)));
  if (!row) throw notFound(`No encontramos ningún producto a la venta con la referencia «${sku}».`);
  return row.id;
}
