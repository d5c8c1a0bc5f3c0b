import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import {
  categories,
  productImages,
  productTags,
  productVariants,
  products,
  relatedProducts,
  tags,
  variantBulkDiscounts,
} from '@/db/schema';
import { recordMovement } from '@/lib/inventory/record-movement';

const unique = () => randomUUID().slice(0, 8);

export type CatalogCategory = typeof categories.$inferSelect;

export async function createCatalogCategory(
  db: Db,
  overrides: Partial<typeof categories.$inferInsert> = {},
): Promise<CatalogCategory> {
  const slug = overrides.slug ?? `categoria-${unique()}`;
  const [category] = await db
    .insert(categories)
    .values({ slug, name: `Categoría ${slug}`, ...overrides })
    .returning();
  if (!category) throw new Error('category fixture not created');
  return category;
}

/** Finds or creates tags by slug (name defaults to the slug). */
export async function ensureTags(
  db: Db,
  specs: ReadonlyArray<string | { slug: string; name: string }>,
): Promise<Array<typeof tags.$inferSelect>> {
  const rows = [];
  for (const spec of specs) {
    const { slug, name } = typeof spec === 'string' ? { slug: spec, name: spec } : spec;
    const [row] = await db
      .insert(tags)
      .values({ slug, name })
      .onConflictDoUpdate({ target: tags.slug, set: { name: sql`${tags.name}` } })
      .returning();
    if (!row) throw new Error('tag fixture not created');
    rows.push(row);
  }
  return rows;
}

export type CatalogVariantSpec = {
  priceCents?: number;
  vipPriceCents?: number | null;
  stock?: number;
  /** Units reserved after the stock arrives (through the ledger, like checkout does). */
  reserved?: number;
  name?: string;
  lowStockThreshold?: number;
  bulkDiscounts?: Array<{ minQuantity: number; percent: number }>;
};

export type CatalogProductSpec = {
  name: string;
  slug?: string;
  description?: string;
  benefits?: string;
  category?: CatalogCategory;
  tags?: Array<string | { slug: string; name: string }>;
  variants?: CatalogVariantSpec[];
  images?: Array<{ url: string; alt?: string }>;
  isActive?: boolean;
  isFeatured?: boolean;
  deleted?: boolean;
  createdAt?: Date;
  rating?: { average: number; count: number };
};

/** A catalogue product with variants (stock through the ledger), tags and images. */
export async function createCatalogProduct(db: Db, spec: CatalogProductSpec) {
  const category = spec.category ?? (await createCatalogCategory(db));
  const [product] = await db
    .insert(products)
    .values({
      slug: spec.slug ?? `producto-${unique()}`,
      name: spec.name,
      description: spec.description ?? '',
      benefits: spec.benefits ?? '',
      categoryId: category.id,
      isActive: spec.isActive ?? true,
      isFeatured: spec.isFeatured ?? false,
      deletedAt: spec.deleted ? new Date() : null,
      ratingAverage: spec.rating?.average ?? 0,
      ratingCount: spec.rating?.count ?? 0,
      ...(spec.createdAt ? { createdAt: spec.createdAt } : {}),
    })
    .returning();
  if (!product) throw new Error('product fixture not created');

  const variants = [];
  for (const [index, v] of (spec.variants ?? [{}]).entries()) {
    const [variant] = await db
      .insert(productVariants)
      .values({
        productId: product.id,
        sku: `SKU-${unique()}`,
        name: v.name ?? `Variante ${index + 1}`,
        priceCents: v.priceCents ?? 5_000_000,
        vipPriceCents: v.vipPriceCents ?? null,
        lowStockThreshold: v.lowStockThreshold ?? 5,
        sortOrder: index,
      })
      .returning();
    if (!variant) throw new Error('variant fixture not created');
    const stock = v.stock ?? 10;
    if (stock > 0)
      await recordMovement(db, { variantId: variant.id, type: 'RESTOCK', quantity: stock, note: 'fixture' });
    if (v.reserved)
      await recordMovement(db, { variantId: variant.id, type: 'RESERVATION', quantity: v.reserved, note: 'fixture' });
    if (v.bulkDiscounts?.length) {
      await db.insert(variantBulkDiscounts).values(v.bulkDiscounts.map((d) => ({ variantId: variant.id, ...d })));
    }
    variants.push(variant);
  }

  const tagRows = spec.tags?.length ? await ensureTags(db, spec.tags) : [];
  if (tagRows.length) await db.insert(productTags).values(tagRows.map((t) => ({ productId: product.id, tagId: t.id })));
  if (spec.images?.length) {
    await db
      .insert(productImages)
      .values(spec.images.map((img, i) => ({ productId: product.id, url: img.url, alt: img.alt ?? '', sortOrder: i })));
  }
  return { category, product, variants, tags: tagRows };
}

export async function curateRelated(db: Db, productId: string, relatedIds: string[]): Promise<void> {
  await db
    .insert(relatedProducts)
    .values(relatedIds.map((relatedProductId, sortOrder) => ({ productId, relatedProductId, sortOrder })));
}
