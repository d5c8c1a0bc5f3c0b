import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { categories, productImages, productTags, productVariants, products, relatedProducts, tags } from '@/db/schema';
import { isUuid } from '@/lib/validation';
import { productNotFound } from './update-product';

export type AdminVariant = Awaited<ReturnType<typeof loadVariants>>[number];
export type AdminProduct = Awaited<ReturnType<typeof getAdminProduct>>;

function loadVariants(db: Db, productId: string) {
  return db
    .select({
      id: productVariants.id,
      sku: productVariants.sku,
      name: productVariants.name,
      priceCents: productVariants.priceCents,
      vipPriceCents: productVariants.vipPriceCents,
      stock: productVariants.stock,
      reservedStock: productVariants.reservedStock,
      minOrderQuantity: productVariants.minOrderQuantity,
      maxOrderQuantity: productVariants.maxOrderQuantity,
      lowStockThreshold: productVariants.lowStockThreshold,
      weightGrams: productVariants.weightGrams,
      lengthCm: productVariants.lengthCm,
      widthCm: productVariants.widthCm,
      heightCm: productVariants.heightCm,
      sortOrder: productVariants.sortOrder,
      bulkDiscounts: sql<Array<{ minQuantity: number; percent: number }>>`COALESCE((
        SELECT json_agg(json_build_object('minQuantity', d.min_quantity, 'percent', d.percent) ORDER BY d.min_quantity)
          FROM variant_bulk_discounts d WHERE d.variant_id = ${productVariants.id}), '[]'::json)`,
    })
    .from(productVariants)
    .where(eq(productVariants.productId, productId))
    .orderBy(asc(productVariants.sortOrder), asc(productVariants.id));
}

/** One product as the admin edits it, whatever its visibility; 404 when the id is unknown. */
export async function getAdminProduct(db: Db, productId: string) {
  if (!isUuid(productId)) throw productNotFound();
  const [product] = await db
    .select({
      id: products.id,
      slug: products.slug,
      name: products.name,
      description: products.description,
      benefits: products.benefits,
      howToUse: products.howToUse,
      whatIsIncluded: products.whatIsIncluded,
      categorySlug: categories.slug,
      categoryName: categories.name,
      preparationDays: products.preparationDays,
      isActive: products.isActive,
      isFeatured: products.isFeatured,
      deletedAt: products.deletedAt,
      createdAt: products.createdAt,
      updatedAt: products.updatedAt,
    })
    .from(products)
    .innerJoin(categories, eq(categories.id, products.categoryId))
    .where(eq(products.id, productId));
  if (!product) throw productNotFound();
  const [variants, images, tagRows, related] = await Promise.all([
    loadVariants(db, product.id),
    db
      .select({
        id: productImages.id,
        url: productImages.url,
        alt: productImages.alt,
        sortOrder: productImages.sortOrder,
        variantId: productImages.variantId,
        isPrimary: productImages.isPrimary,
      })
      .from(productImages)
      .where(eq(productImages.productId, product.id))
      .orderBy(asc(productImages.sortOrder), asc(productImages.id)),
    db
      .select({ slug: tags.slug, name: tags.name })
      .from(productTags)
      .innerJoin(tags, eq(tags.id, productTags.tagId))
      .where(eq(productTags.productId, product.id))
      .orderBy(asc(tags.name)),
    db
      .select({ id: products.id, name: products.name, slug: products.slug })
      .from(relatedProducts)
      .innerJoin(products, eq(products.id, relatedProducts.relatedProductId))
      .where(eq(relatedProducts.productId, product.id))
      .orderBy(asc(relatedProducts.sortOrder)),
  ]);
  return {
    ...product,
    variants: variants.map((v) => ({ ...v, available: v.stock - v.reservedStock })),
    images,
    tags: tagRows,
    related,
  };
}

/** Every product as id and name, for the related-products picker. */
export async function listProductChoices(db: Db) {
  return db
    .select({ id: products.id, name: products.name })
    .from(products)
    .where(sql`${products.deletedAt} IS NULL`)
    .orderBy(asc(products.name));
}
