import { and, asc, desc, eq, ilike, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { categories, productVariants, products } from '@/db/schema';
import { likePattern, pageFields, sortDirection, type Paged } from '@/lib/admin/shared/list-query';
import { parseInput } from '@/lib/validation';

export const PRODUCT_STATUS_FILTERS = ['all', 'active', 'inactive', 'deleted'] as const;
export const PRODUCT_SORTS = ['name', 'created', 'price', 'stock'] as const;

export const adminProductListQuerySchema = z.object({
  q: z.string().trim().max(100, { error: 'Búsqueda demasiado larga.' }).optional(),
  status: z.enum(PRODUCT_STATUS_FILTERS, { error: 'Estado inválido.' }).default('all'),
  category: z.string().trim().max(100).optional(),
  sort: z.enum(PRODUCT_SORTS, { error: 'Orden inválido.' }).default('created'),
  dir: sortDirection,
  ...pageFields,
});

export type AdminProductListQuery = z.infer<typeof adminProductListQuerySchema>;

export type AdminProductRow = {
  id: string;
  slug: string;
  name: string;
  categoryName: string;
  isActive: boolean;
  deletedAt: Date | null;
  variantCount: number;
  minPriceCents: number | null;
  stock: number;
  available: number;
  imageUrl: string | null;
  createdAt: Date;
};

/** Every product, including inactive and deleted ones (docs/api.md), with stock totals; one query plus a count. */
export async function listAdminProducts(db: Db, rawQuery: unknown): Promise<Paged<AdminProductRow>> {
  const query = parseInput(adminProductListQuerySchema, rawQuery);
  const filters: SQL[] = [];
  if (query.status === 'active') filters.push(sql`${products.isActive} AND ${products.deletedAt} IS NULL`);
  if (query.status === 'inactive') filters.push(and(eq(products.isActive, false), isNull(products.deletedAt))!);
  if (query.status === 'deleted') filters.push(isNotNull(products.deletedAt));
  if (query.category) filters.push(eq(categories.slug, query.category));
  if (query.q) {
    const pattern = likePattern(query.q);
    filters.push(
      or(
        ilike(products.name, pattern),
        ilike(products.slug, pattern),
        sql`EXISTS (SELECT 1 FROM ${productVariants} sv WHERE sv.product_id = ${products.id} AND sv.sku ILIKE ${pattern})`,
      )!,
    );
  }
  const where = filters.length > 0 ? and(...filters) : undefined;
  const stock = sql<number>`COALESCE(SUM(${productVariants.stock}), 0)::int`;
  const available = sql<number>`COALESCE(SUM(${productVariants.stock} - ${productVariants.reservedStock}), 0)::int`;
  const minPrice = sql<number | null>`MIN(${productVariants.priceCents})`;
  const order = query.dir === 'asc' ? asc : desc;
  const sortColumn = {
    name: sql`lower(${products.name})`,
    created: products.createdAt,
    price: minPrice,
    stock: available,
  }[query.sort];

  const [rows, [count]] = await Promise.all([
    db
      .select({
        id: products.id,
        slug: products.slug,
        name: products.name,
        categoryName: categories.name,
        isActive: products.isActive,
        deletedAt: products.deletedAt,
        variantCount: sql<number>`COUNT(${productVariants.id})::int`,
        minPriceCents: minPrice,
        stock,
        available,
        imageUrl: sql<
          string | null
        >`(SELECT pi.url FROM product_images pi WHERE pi.product_id = ${products.id} AND pi.is_primary)`,
        createdAt: products.createdAt,
      })
      .from(products)
      .innerJoin(categories, eq(categories.id, products.categoryId))
      .leftJoin(productVariants, eq(productVariants.productId, products.id))
      .where(where)
      .groupBy(products.id, categories.name)
      .orderBy(order(sortColumn), asc(products.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db
      .select({ n: sql<number>`COUNT(*)::int` })
      .from(products)
      .innerJoin(categories, eq(categories.id, products.categoryId))
      .where(where),
  ]);
  return {
    items: rows.map((r) => ({ ...r, minPriceCents: r.minPriceCents === null ? null : Number(r.minPriceCents) })),
    page: query.page,
    pageSize: query.pageSize,
    total: count?.n ?? 0,
  };
}
