import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { cartItems, productVariants, products } from '@/db/schema';
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
  /** The prices this line was priced with; the reservation re-checks them under the variant lock. */
  quotedPriceCents: number;
  quotedVipPriceCents: number | null;
};

/**
 * Reads the cart's lines, their variants and bulk-discount tiers in one statement WITHOUT locking the
 * variants, then re-checks everything (#5). Nothing here is final: the stock check only refuses early
 * with a clear message; `reserveStock` (lib/inventory/reserve-stock.ts) re-checks availability and the
 * quoted prices under the variant lock at the end of the checkout, so a hot variant's lock is held only
 * for the reservation itself, not for the whole checkout.
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
      bulkDiscounts: sql<
        Array<{ minQuantity: number; percent: number }>
      >`(SELECT coalesce(json_agg(json_build_object('minQuantity', d.min_quantity, 'percent', d.percent)), '[]'::json) FROM variant_bulk_discounts d WHERE d.variant_id = ${productVariants.id})`,
      imageUrl: sql<string | null>`(SELECT url FROM product_images pi WHERE pi.product_id = ${products.id}
          ORDER BY pi.variant_id IS NOT DISTINCT FROM ${productVariants.id} DESC, pi.is_primary DESC, pi.sort_order, pi.id LIMIT 1)`,
    })
    .from(cartItems)
    .innerJoin(productVariants, eq(productVariants.id, cartItems.variantId))
    .innerJoin(products, eq(products.id, productVariants.productId))
    .where(eq(cartItems.cartId, args.cartId))
    .orderBy(asc(productVariants.id));
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
    quotedPriceCents: r.priceCents,
    quotedVipPriceCents: r.vipPriceCents,
  }));
}
