import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { cartItems, carts, productVariants, products, variantBulkDiscounts } from '@/db/schema';
import { priceLine, type BulkTier } from '@/lib/pricing/price-line';
import { ownerFilter, type CartOwner } from './cart-owner';

export type CartLineIssue =
  'PRODUCT-INACTIVE' | 'INSUFFICIENT-STOCK' | 'PRICE-CHANGED' | 'BELOW-MINIMUM' | 'ABOVE-MAXIMUM';

export type CartLineView = {
  id: string;
  variantId: string;
  productId: string;
  productSlug: string;
  sku: string;
  productName: string;
  variantName: string;
  imageUrl: string | null;
  quantity: number;
  regularUnitPriceCents: number;
  unitPriceCents: number;
  isVipPrice: boolean;
  bulkDiscountPercent: number;
  lineDiscountCents: number;
  lineTotalCents: number;
  available: number;
  minOrderQuantity: number;
  maxOrderQuantity: number;
  bulkDiscounts: BulkTier[];
  issues: CartLineIssue[];
};

export type CartView = {
  id: string | null;
  items: CartLineView[];
  subtotalCents: number;
  discountCents: number;
  totalCents: number;
  itemCount: number;
  issues: Array<{ itemId: string; issue: CartLineIssue }>;
};

export const emptyCart: CartView = {
  id: null,
  items: [],
  subtotalCents: 0,
  discountCents: 0,
  totalCents: 0,
  itemCount: 0,
  issues: [],
};

/** The cart as the shopper should see it now: current prices (VIP when active) and each line's problems. */
export async function getCartView(db: Db, args: { owner: CartOwner; isVip: boolean }): Promise<CartView> {
  const rows = await db
    .select({
      cartId: carts.id,
      id: cartItems.id,
      variantId: cartItems.variantId,
      quantity: cartItems.quantity,
      seenUnitPriceCents: cartItems.seenUnitPriceCents,
      productId: products.id,
      productSlug: products.slug,
      productName: products.name,
      isActive: products.isActive,
      deletedAt: products.deletedAt,
      variantName: productVariants.name,
      sku: productVariants.sku,
      priceCents: productVariants.priceCents,
      vipPriceCents: productVariants.vipPriceCents,
      available: sql<number>`${productVariants.stock} - ${productVariants.reservedStock}`,
      minOrderQuantity: productVariants.minOrderQuantity,
      maxOrderQuantity: productVariants.maxOrderQuantity,
      imageUrl: sql<string | null>`(SELECT url FROM product_images pi WHERE pi.product_id = ${products.id}
          ORDER BY pi.variant_id IS NOT DISTINCT FROM ${productVariants.id} DESC, pi.is_primary DESC, pi.sort_order, pi.id LIMIT 1)`,
    })
    .from(carts)
    .innerJoin(cartItems, eq(cartItems.cartId, carts.id))
    .innerJoin(productVariants, eq(productVariants.id, cartItems.variantId))
    .innerJoin(products, eq(products.id, productVariants.productId))
    .where(ownerFilter(args.owner))
    .orderBy(asc(cartItems.createdAt));
  if (rows.length === 0) return emptyCart;

  const tiers = await db
    .select({
      variantId: variantBulkDiscounts.variantId,
      minQuantity: variantBulkDiscounts.minQuantity,
      percent: variantBulkDiscounts.percent,
    })
    .from(variantBulkDiscounts)
    .where(
      inArray(
        variantBulkDiscounts.variantId,
        rows.map((r) => r.variantId),
      ),
    );

  const items = rows.map((row): CartLineView => {
    const bulkDiscounts = tiers
      .filter((t) => t.variantId === row.variantId)
      .map(({ minQuantity, percent }) => ({ minQuantity, percent }));
    const priced = priceLine(
      { priceCents: row.priceCents, vipPriceCents: row.vipPriceCents, bulkDiscounts },
      row.quantity,
      args.isVip,
    );
    const available = Math.max(0, Number(row.available));
    const issues: CartLineIssue[] = [];
    if (!row.isActive || row.deletedAt) issues.push('PRODUCT-INACTIVE');
    if (row.quantity > available) issues.push('INSUFFICIENT-STOCK');
    if (row.quantity < row.minOrderQuantity) issues.push('BELOW-MINIMUM');
    if (row.quantity > row.maxOrderQuantity) issues.push('ABOVE-MAXIMUM');
    if (priced.unitPriceCents !== row.seenUnitPriceCents) issues.push('PRICE-CHANGED');
    return {
      id: row.id,
      variantId: row.variantId,
      productId: row.productId,
      productSlug: row.productSlug,
      sku: row.sku,
      productName: row.productName,
      variantName: row.variantName,
      imageUrl: row.imageUrl,
      quantity: row.quantity,
      regularUnitPriceCents: priced.regularUnitPriceCents,
      unitPriceCents: priced.unitPriceCents,
      isVipPrice: priced.isVipPrice,
      bulkDiscountPercent: priced.bulkDiscountPercent,
      lineDiscountCents: priced.lineDiscountCents,
      lineTotalCents: priced.lineTotalCents,
      available,
      minOrderQuantity: row.minOrderQuantity,
      maxOrderQuantity: row.maxOrderQuantity,
      bulkDiscounts,
      issues,
    };
  });
  const subtotalCents = items.reduce((s, i) => s + i.unitPriceCents * i.quantity, 0);
  const discountCents = items.reduce((s, i) => s + i.lineDiscountCents, 0);
  return {
    id: rows[0]?.cartId ?? null,
    items,
    subtotalCents,
    discountCents,
    totalCents: subtotalCents - discountCents,
    itemCount: items.reduce((s, i) => s + i.quantity, 0),
    issues: items.flatMap((i) => i.issues.map((issue) => ({ itemId: i.id, issue }))),
  };
}
