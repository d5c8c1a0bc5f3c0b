import { and, asc, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { categories, productImages, productVariants, products } from '@/db/schema';

/**
 * One row per variant of every listed product (active, not deleted, in a category that is not
 * deleted), for the shopping feeds (lib/seo/feeds.ts). Prices are the public ones, never VIP.
 * `available` is stock minus reserved, as the product page counts it.
 */
export type FeedVariantRow = {
  productId: string;
  slug: string;
  productName: string;
  description: string;
  categoryName: string;
  sku: string;
  variantName: string;
  variantCount: number;
  priceCents: number;
  available: number;
  imageUrl: string | null;
};

export async function listFeedVariants(db: Db): Promise<FeedVariantRow[]> {
  const firstImage = db
    .selectDistinctOn([productImages.productId], { productId: productImages.productId, url: productImages.url })
    .from(productImages)
    .orderBy(
      productImages.productId,
      desc(productImages.isPrimary),
      asc(productImages.sortOrder),
      asc(productImages.id),
    )
    .as('first_image');
  return db
    .select({
      productId: products.id,
      slug: products.slug,
      productName: products.name,
      description: products.description,
      categoryName: categories.name,
      sku: productVariants.sku,
      variantName: productVariants.name,
      variantCount: sql<number>`count(*) OVER (PARTITION BY ${products.id})`.mapWith(Number),
      priceCents: productVariants.priceCents,
      available: sql<number>`${productVariants.stock} - ${productVariants.reservedStock}`.mapWith(Number),
      imageUrl: firstImage.url,
    })
    .from(productVariants)
    .innerJoin(products, eq(products.id, productVariants.productId))
    .innerJoin(categories, eq(categories.id, products.categoryId))
    .leftJoin(firstImage, eq(firstImage.productId, products.id))
    .where(
      and(
        sql`${products.isActive}`,
        isNull(products.deletedAt),
        isNull(categories.deletedAt),
        isNotNull(products.minPriceCents),
      ),
    )
    .orderBy(asc(products.createdAt), asc(products.id), asc(productVariants.sortOrder), asc(productVariants.id));
}
