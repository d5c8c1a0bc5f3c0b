import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  customType,
  foreignKey,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * `botica_unaccent(text)` is an IMMUTABLE wrapper over `unaccent` created by migration
 * catalog_search_setup (unaccent itself is only STABLE, so it cannot appear in a generated column
 * or an index). Search, the trigram fallback and the name sort all go through it, so "jabon" meets
 * "Jabón" everywhere.
 */
const searchableName = (name: AnyPgColumn) => sql`botica_unaccent(lower(${name}))`;

/** Products a shopper may see (#22): the listing indexes are partial on exactly this predicate. */
const isListed = (t: { isActive: AnyPgColumn; deletedAt: AnyPgColumn }) =>
  sql`${t.isActive} AND ${t.deletedAt} IS NULL`;

export const categories = pgTable(
  'categories',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    imageUrl: text('image_url'),
    sortOrder: integer('sort_order').notNull().default(0),
    // Hidden from the store (menu, category page) without deleting it; admins still see it.
    isActive: boolean('is_active').notNull().default(true),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('categories_slug_key').on(t.slug)],
);

export const tags = pgTable(
  'tags',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
  },
  (t) => [uniqueIndex('tags_slug_key').on(t.slug)],
);

export const products = pgTable(
  'products',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    benefits: text('benefits').notNull().default(''),
    howToUse: text('how_to_use').notNull().default(''),
    /** What a kit contains, one item per line; shown on the product page as "Qué incluye". Not searched. */
    whatIsIncluded: text('what_is_included').notNull().default(''),
    categoryId: uuid('category_id')
      .notNull()
      .references(() => categories.id),
    preparationDays: integer('preparation_days').notNull().default(0),
    isActive: boolean('is_active').notNull().default(true),
    isFeatured: boolean('is_featured').notNull().default(false),
    /**
     * Lowest variant price, kept by the `product_variants_min_price_*` triggers (migration
     * catalog_search_triggers) so price sort and price filters can use an index. NULL while the
     * product has no variant; such products are not listed. Nothing else writes it.
     */
    minPriceCents: integer('min_price_cents'),
    /** Denormalised from visible reviews by the reviews feature; 0/0 until a product has reviews. */
    ratingAverage: numeric('rating_average', { precision: 3, scale: 2, mode: 'number' }).notNull().default(0),
    ratingCount: integer('rating_count').notNull().default(0),
    /** Spanish full-text document, accent-free: name (A), description (B), benefits (C), how to use (D). */
    searchVector: tsvector('search_vector')
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('spanish'::regconfig, botica_unaccent(coalesce(name, ''))), 'A') || setweight(to_tsvector('spanish'::regconfig, botica_unaccent(coalesce(description, ''))), 'B') || setweight(to_tsvector('spanish'::regconfig, botica_unaccent(coalesce(benefits, ''))), 'C') || setweight(to_tsvector('spanish'::regconfig, botica_unaccent(coalesce(how_to_use, ''))), 'D')`,
      ),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('products_slug_key').on(t.slug),
    index('products_category_idx').on(t.categoryId),
    index('products_created_idx').on(t.createdAt),
    // Catalogue search and listing (#21, #23): one index per filter and sort, partial on listed products.
    // fastupdate off: these columns change only on admin edits, and a pending list would make every
    // search scan it linearly (measured: 4 ms instead of 0.1 ms on 10,000 freshly seeded products).
    index('products_search_idx').using('gin', t.searchVector).with({ fastupdate: false }),
    index('products_name_trgm_idx')
      .using('gin', sql`${searchableName(t.name)} gin_trgm_ops`)
      .with({ fastupdate: false }),
    index('products_listed_name_idx').on(searchableName(t.name), t.id).where(isListed(t)),
    index('products_listed_price_idx').on(t.minPriceCents, t.id).where(isListed(t)),
    index('products_listed_created_idx').on(t.createdAt, t.id).where(isListed(t)),
    index('products_listed_rating_idx').on(t.ratingAverage, t.ratingCount, t.id).where(isListed(t)),
    index('products_listed_category_created_idx').on(t.categoryId, t.createdAt).where(isListed(t)),
    // Default order without a query (featured first, then newest) and the home "destacados" section.
    index('products_listed_featured_idx').on(t.isFeatured, t.createdAt, t.id).where(isListed(t)),
    check('products_preparation_days_range', sql`${t.preparationDays} BETWEEN 0 AND 60`),
    check('products_rating_range', sql`${t.ratingAverage} BETWEEN 0 AND 5 AND ${t.ratingCount} >= 0`),
  ],
);

/**
 * A product's gallery. An image may belong to one of the product's own variants (the composite key
 * makes a variant of another product impossible); the product page shows the chosen variant's images
 * first. Exactly one primary image per product that has images: the partial unique index allows at
 * most one, and migration product_images_primary's triggers make the first image primary and refuse a
 * commit that leaves a product with images but no primary (lib/admin/images/product-images.ts).
 */
export const productImages = pgTable(
  'product_images',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    variantId: uuid('variant_id'),
    url: text('url').notNull(),
    alt: text('alt').notNull().default(''),
    sortOrder: integer('sort_order').notNull().default(0),
    isPrimary: boolean('is_primary').notNull().default(false),
  },
  (t) => [
    index('product_images_product_idx').on(t.productId, t.sortOrder),
    uniqueIndex('product_images_one_primary_key')
      .on(t.productId)
      .where(sql`${t.isPrimary}`),
    index('product_images_variant_idx').on(t.variantId),
    foreignKey({
      name: 'product_images_variant_of_product_fk',
      columns: [t.variantId, t.productId],
      foreignColumns: [productVariants.id, productVariants.productId],
    }),
  ],
);

export const productTags = pgTable(
  'product_tags',
  {
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    tagId: uuid('tag_id')
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.productId, t.tagId] }), index('product_tags_tag_idx').on(t.tagId)],
);

/** Admin-curated related products (#33); the catalogue fills the rest from category and tags. */
export const relatedProducts = pgTable(
  'related_products',
  {
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    relatedProductId: uuid('related_product_id')
      .notNull()
      .references(() => products.id, { onDelete: 'cascade' }),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.productId, t.relatedProductId] }),
    check('related_products_not_self', sql`${t.productId} <> ${t.relatedProductId}`),
  ],
);

export const productVariants = pgTable(
  'product_variants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
    sku: text('sku').notNull(),
    name: text('name').notNull(),
    priceCents: integer('price_cents').notNull(),
    vipPriceCents: integer('vip_price_cents'),
    // Only lib/inventory/record-movement.ts changes these two, always with a ledger row.
    stock: integer('stock').notNull().default(0),
    reservedStock: integer('reserved_stock').notNull().default(0),
    minOrderQuantity: integer('min_order_quantity').notNull().default(1),
    maxOrderQuantity: integer('max_order_quantity').notNull().default(100),
    lowStockThreshold: integer('low_stock_threshold').notNull().default(5),
    weightGrams: integer('weight_grams'),
    lengthCm: numeric('length_cm', { precision: 6, scale: 1, mode: 'number' }),
    widthCm: numeric('width_cm', { precision: 6, scale: 1, mode: 'number' }),
    heightCm: numeric('height_cm', { precision: 6, scale: 1, mode: 'number' }),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('product_variants_sku_key').on(t.sku),
    // Target of product_images' composite foreign key (an image's variant belongs to the image's product).
    uniqueIndex('product_variants_id_product_key').on(t.id, t.productId),
    index('product_variants_product_idx').on(t.productId, t.sortOrder),
    check('product_variants_stock_nonnegative', sql`${t.stock} >= 0`),
    check('product_variants_reserved_within_stock', sql`${t.reservedStock} >= 0 AND ${t.reservedStock} <= ${t.stock}`),
    // Whole pesos: COP has no coins below 50 and Wompi amounts are centavos of whole pesos.
    check('product_variants_price_whole_pesos', sql`${t.priceCents} > 0 AND ${t.priceCents} % 100 = 0`),
    check(
      'product_variants_vip_price_valid',
      sql`${t.vipPriceCents} IS NULL OR (${t.vipPriceCents} > 0 AND ${t.vipPriceCents} % 100 = 0 AND ${t.vipPriceCents} < ${t.priceCents})`,
    ),
    check(
      'product_variants_order_quantity_range',
      sql`${t.minOrderQuantity} >= 1 AND ${t.minOrderQuantity} <= ${t.maxOrderQuantity}`,
    ),
    check('product_variants_low_stock_threshold_nonnegative', sql`${t.lowStockThreshold} >= 0`),
    check('product_variants_weight_positive', sql`${t.weightGrams} IS NULL OR ${t.weightGrams} > 0`),
  ],
);

/** Bulk-discount tiers (#32): from `minQuantity` units the line gets `percent` off. */
export const variantBulkDiscounts = pgTable(
  'variant_bulk_discounts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    variantId: uuid('variant_id')
      .notNull()
      .references(() => productVariants.id, { onDelete: 'cascade' }),
    minQuantity: integer('min_quantity').notNull(),
    percent: integer('percent').notNull(),
  },
  (t) => [
    uniqueIndex('variant_bulk_discounts_tier_key').on(t.variantId, t.minQuantity),
    check('variant_bulk_discounts_min_quantity', sql`${t.minQuantity} >= 2`),
    check('variant_bulk_discounts_percent_range', sql`${t.percent} BETWEEN 1 AND 90`),
  ],
);
