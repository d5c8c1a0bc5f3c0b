import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { cartItems, productVariants, products } from '@/db/schema';
import type { LockedVariant } from '@/lib/inventory/record-movement';
import { AppError } from '@/lib/errors';
import { priceLine, type PricedLine } from '@/lib/pricing/price-line';
import type { StoreSettings } from '@/lib/settings/store-settings';
import { productInactive } from '@/lib/cart/cart-errors';
import { checkLineQuantity } from '@/lib/cart/check-line-quantity';

export type CheckoutLine = PricedLine & {
  variantId: string;
  productId: string;
  productName: string;
  productSlug: string;
  variantName: string;
  sku: string;
  imageUrl: string | null;
  quantity: number;
  preparationDays: number;
  /** The variant row as read under its lock, handed to recordMovements so it need not lock again. */
  locked: LockedVariant;
};

/**
 * Reads the cart's lines and locks their variants in one statement. Rows are locked in the order the
 * query returns them, ascending variant id, the order every stock writer uses, so concurrent
 * checkouts over overlapping variants queue instead of deadlocking. Bulk-discount tiers come in the
 * same statement. Then re-checks everything (#5).
 */
export async function loadCheckoutLines(
  tx: Db,
  args: { cartId: string; isVip: boolean; settings: StoreSettings },
): Promise<CheckoutLine[]> {
  const rows = await tx
    .select({
      variantId: productVariants.id,
      quantity: cartItems.quantity,
      productId: products.id,
      productName: products.name,
      productSlug: products.slug,
      isSellable: sql<boolean>`${products.isActive} AND ${products.deletedAt} IS NULL`,
      preparationDays: products.preparationDays,
      variantName: productVariants.name,
      sku: productVariants.sku,
      priceCents: productVariants.priceCents,
      vipPriceCents: productVariants.vipPriceCents,
      stock: productVariants.stock,
      reservedStock: productVariants.reservedStock,
      minOrderQuantity: productVariants.minOrderQuantity,
      maxOrderQuantity: productVariants.maxOrderQuantity,
      lowStockThreshold: productVariants.lowStockThreshold,
      bulkDiscounts: sql<
        Array<{ minQuantity: number; percent: number }>
      >`(SELECT coalesce(json_agg(json_build_object('minQuantity', d.min_quantity, 'percent', d.percent)), '[]'::json) FROM variant_bulk_discounts d WHERE d.variant_id = ${productVariants.id})`,
      imageUrl: sql<
        string | null
      >`(SELECT url FROM product_images pi WHERE pi.product_id = ${products.id} ORDER BY pi.sort_order LIMIT 1)`,
    })
    .from(cartItems)
    .innerJoin(productVariants, eq(productVariants.id, cartItems.variantId))
    .innerJoin(products, eq(products.id, productVariants.productId))
    .where(eq(cartItems.cartId, args.cartId))
    .orderBy(asc(productVariants.id))
    .for('update', { of: productVariants });
  if (rows.length === 0) {
    throw new AppError({ code: 'MKT-CART-EMPTY', status: 400, message: 'Tu carrito está vacío.' });
  }

  const inactive = rows.find((r) => !r.isSellable);
  if (inactive) throw productInactive(inactive.productName);

  const short = rows.filter((r) => r.quantity > r.stock - r.reservedStock);
  if (short.length > 0) {
    const lines = short.map((r) => ({
      variantId: r.variantId,
      sku: r.sku,
      productName: r.productName,
      requested: r.quantity,
      available: Math.max(0, r.stock - r.reservedStock),
    }));
    const first = lines[0]!;
    throw new AppError({
      code: 'MKT-STOCK',
      status: 409,
      message:
        first.available === 0
          ? `«${first.productName}» se agotó.`
          : `Solo quedan ${first.available} de «${first.productName}» (pediste ${first.requested}).`,
      details: { lines },
    });
  }
  for (const r of rows) checkLineQuantity(r.quantity, { ...r, available: r.stock - r.reservedStock }, args.settings);

  return rows.map((r) => ({
    ...priceLine(
      { priceCents: r.priceCents, vipPriceCents: r.vipPriceCents, bulkDiscounts: r.bulkDiscounts },
      r.quantity,
      args.isVip,
    ),
    variantId: r.variantId,
    productId: r.productId,
    productName: r.productName,
    productSlug: r.productSlug,
    variantName: r.variantName,
    sku: r.sku,
    imageUrl: r.imageUrl,
    quantity: r.quantity,
    preparationDays: r.preparationDays,
    locked: {
      id: r.variantId,
      sku: r.sku,
      stock: r.stock,
      reservedStock: r.reservedStock,
      lowStockThreshold: r.lowStockThreshold,
    },
  }));
}
