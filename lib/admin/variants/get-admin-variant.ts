import { asc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { productVariants, products, variantBulkDiscounts } from '@/db/schema';
import { isUuid } from '@/lib/validation';
import { getLowestPriceLast30Days, listPriceHistory } from './price-history';
import { variantNotFound } from './update-variant';

/** A variant with its product, bulk tiers, price history (#29) and lowest price of the last 30 days. */
export async function getAdminVariant(db: Db, variantId: string) {
  if (!isUuid(variantId)) throw variantNotFound();
  const [variant] = await db
    .select({
      variant: productVariants,
      productName: products.name,
      productSlug: products.slug,
      productDeletedAt: products.deletedAt,
    })
    .from(productVariants)
    .innerJoin(products, eq(products.id, productVariants.productId))
    .where(eq(productVariants.id, variantId));
  if (!variant) throw variantNotFound();
  const [bulkDiscounts, priceHistory, lowestPrice30dCents] = await Promise.all([
    db
      .select({ minQuantity: variantBulkDiscounts.minQuantity, percent: variantBulkDiscounts.percent })
      .from(variantBulkDiscounts)
      .where(eq(variantBulkDiscounts.variantId, variantId))
      .orderBy(asc(variantBulkDiscounts.minQuantity)),
    listPriceHistory(db, { variantId }),
    getLowestPriceLast30Days(db, variantId),
  ]);
  const v = variant.variant;
  return {
    ...v,
    available: v.stock - v.reservedStock,
    productName: variant.productName,
    productSlug: variant.productSlug,
    productDeletedAt: variant.productDeletedAt,
    bulkDiscounts,
    priceHistory,
    lowestPrice30dCents,
  };
}
