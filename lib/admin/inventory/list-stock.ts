import { and, asc, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { productVariants, products } from '@/db/schema';
import { likePattern, pageFields, sortDirection, type Paged } from '@/lib/admin/shared/list-query';
import { parseInput } from '@/lib/validation';

export const STOCK_FILTERS = ['all', 'low', 'out'] as const;
export const STOCK_SORTS = ['product', 'sku', 'available', 'reserved', 'stock'] as const;

export const stockListQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  filter: z.enum(STOCK_FILTERS, { error: 'Filtro inválido.' }).default('all'),
  sort: z.enum(STOCK_SORTS, { error: 'Orden inválido.' }).default('available'),
  dir: sortDirection.default('asc'),
  ...pageFields,
});

export type StockRow = {
  variantId: string;
  sku: string;
  variantName: string;
  productId: string;
  productName: string;
  productIsActive: boolean;
  productDeletedAt: Date | null;
  stock: number;
  reservedStock: number;
  available: number;
  lowStockThreshold: number;
};

const availableExpr = sql<number>`(${productVariants.stock} - ${productVariants.reservedStock})`;

/** SQL for "low": some left but at or under the variant's threshold; "out": nothing left to sell. */
export const isLowStock = sql`${availableExpr} > 0 AND ${availableExpr} <= ${productVariants.lowStockThreshold}`;
export const isOutOfStock = sql`${availableExpr} <= 0`;

/** The stock table: available, reserved and threshold for every variant, filterable by low or out of stock. */
export async function listStock(db: Db, rawQuery: unknown): Promise<Paged<StockRow>> {
  const query = parseInput(stockListQuerySchema, rawQuery);
  const filters: SQL[] = [];
  if (query.filter === 'low') filters.push(isLowStock);
  if (query.filter === 'out') filters.push(isOutOfStock);
  if (query.q) {
    const pattern = likePattern(query.q);
    filters.push(
      or(ilike(productVariants.sku, pattern), ilike(products.name, pattern), ilike(productVariants.name, pattern))!,
    );
  }
  const where = filters.length > 0 ? and(...filters) : undefined;
  const order = query.dir === 'asc' ? asc : desc;
  const column = {
    product: sql`lower(${products.name})`,
    sku: productVariants.sku,
    available: availableExpr,
    reserved: productVariants.reservedStock,
    stock: productVariants.stock,
  }[query.sort];
  const [rows, [count]] = await Promise.all([
    db
      .select({
        variantId: productVariants.id,
        sku: productVariants.sku,
        variantName: productVariants.name,
        productId: products.id,
        productName: products.name,
        productIsActive: products.isActive,
        productDeletedAt: products.deletedAt,
        stock: productVariants.stock,
        reservedStock: productVariants.reservedStock,
        available: sql<number>`${availableExpr}::int`,
        lowStockThreshold: productVariants.lowStockThreshold,
      })
      .from(productVariants)
      .innerJoin(products, eq(products.id, productVariants.productId))
      .where(where)
      .orderBy(order(column), asc(productVariants.sku))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db
      .select({ n: sql<number>`COUNT(*)::int` })
      .from(productVariants)
      .innerJoin(products, eq(products.id, productVariants.productId))
      .where(where),
  ]);
  return { items: rows, page: query.page, pageSize: query.pageSize, total: count?.n ?? 0 };
}
