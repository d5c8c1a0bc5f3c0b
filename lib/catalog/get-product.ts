import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { categories, productImages, productTags, productVariants, products, tags } from '@/db/schema';
import { availabilityOf } from './availability';
import { listRelatedProducts } from './list-related-products';
import type { BulkDiscount, ProductDetail, VariantDetail } from './types';

/**
 * A listed product by slug with its variants (price, VIP price, availability, limits, weight,
 * dimensions, bulk discounts), images, tags and related products. `null` when the product does not
 * exist, is inactive or soft-deleted (#22), its category is deleted, or it has no variants.
 */
export async function getProductBySlug(db: Db, slug: string): Promise<ProductDetail | null> {
  const [product] = await db
    .select({
      id: products.id,
      slug: products.slug,
      name: products.name,
      description: products.description,
      benefits: products.benefits,
      howToUse: products.howToUse,
      whatIsIncluded: products.whatIsIncluded,
      preparationDays: products.preparationDays,
      ratingAverage: products.ratingAverage,
      ratingCount: products.ratingCount,
      categoryId: categories.id,
      categorySlug: categories.slug,
      categoryName: categories.name,
    })
    .from(products)
    .innerJoin(categories, eq(categories.id, products.categoryId))
    .where(
      and(eq(products.slug, slug), sql`${products.isActive}`, isNull(products.deletedAt), isNull(categories.deletedAt)),
    )
    .limit(1);
  if (!product) return null;

  const [variantRows, imageRows, tagRows, related] = await Promise.all([
    db
      .select({
        id: productVariants.id,
        sku: productVariants.sku,
        name: productVariants.name,
        priceCents: productVariants.priceCents,
        vipPriceCents: productVariants.vipPriceCents,
        stock: productVariants.stock,
        reservedStock: productVariants.reservedStock,
        lowStockThreshold: productVariants.lowStockThreshold,
        minOrderQuantity: productVariants.minOrderQuantity,
        maxOrderQuantity: productVariants.maxOrderQuantity,
        weightGrams: productVariants.weightGrams,
        lengthCm: productVariants.lengthCm,
        widthCm: productVariants.widthCm,
        heightCm: productVariants.heightCm,
        // Qualified by hand: drizzle prints single-table columns unqualified, which inside this
        // subquery would bind to the discount row's own id.
        bulkDiscounts: sql<BulkDiscount[]>`COALESCE((
          SELECT json_agg(json_build_object('minQuantity', d.min_quantity, 'percent', d.percent) ORDER BY d.min_quantity)
            FROM variant_bulk_discounts d WHERE d.variant_id = product_variants.id
        ), '[]'::json)`,
      })
      .from(productVariants)
      .where(eq(productVariants.productId, product.id))
      .orderBy(asc(productVariants.sortOrder), asc(productVariants.priceCents), asc(productVariants.id)),
    db
      .select({
        url: productImages.url,
        alt: productImages.alt,
        variantId: productImages.variantId,
        isPrimary: productImages.isPrimary,
      })
      .from(productImages)
      .where(eq(productImages.productId, product.id))
      .orderBy(desc(productImages.isPrimary), asc(productImages.sortOrder), asc(productImages.id)),
    db
      .select({ slug: tags.slug, name: tags.name })
      .from(productTags)
      .innerJoin(tags, eq(tags.id, productTags.tagId))
      .where(eq(productTags.productId, product.id))
      .orderBy(asc(tags.name)),
    listRelatedProducts(db, { productId: product.id, categoryId: product.categoryId }),
  ]);
  if (variantRows.length === 0) return null;

  const variants: VariantDetail[] = variantRows.map((v) => {
    const available = v.stock - v.reservedStock;
    return {
      id: v.id,
      sku: v.sku,
      name: v.name,
      priceCents: v.priceCents,
      vipPriceCents: v.vipPriceCents,
      available,
      availability: availabilityOf(available, v.lowStockThreshold),
      minOrderQuantity: v.minOrderQuantity,
      maxOrderQuantity: v.maxOrderQuantity,
      weightGrams: v.weightGrams,
      dimensionsCm:
        v.lengthCm !== null && v.widthCm !== null && v.heightCm !== null
          ? { length: v.lengthCm, width: v.widthCm, height: v.heightCm }
          : null,
      bulkDiscounts: v.bulkDiscounts,
    };
  });
  const priceCents = Math.min(...variants.map((v) => v.priceCents));
  const vipLowest = Math.min(...variants.map((v) => v.vipPriceCents ?? v.priceCents));

  return {
    id: product.id,
    slug: product.slug,
    name: product.name,
    description: product.description,
    benefits: product.benefits,
    howToUse: product.howToUse,
    whatIsIncluded: product.whatIsIncluded,
    preparationDays: product.preparationDays,
    category: { slug: product.categorySlug, name: product.categoryName },
    tags: tagRows,
    images: imageRows.map((img) => ({ ...img, alt: img.alt || product.name })),
    variants,
    priceCents,
    vipPriceCents: vipLowest < priceCents ? vipLowest : null,
    inStock: variants.some((v) => v.available > 0),
    rating: { average: Number(product.ratingAverage), count: product.ratingCount },
    related,
  };
}
