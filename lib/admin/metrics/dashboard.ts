import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { todayInBogota } from '@/lib/auth/vip';
import { countOrderQueues } from '@/lib/admin/orders/list-admin-orders';
import { getSalesMetrics, IS_SALE, shiftDate, type MetricsRange, type SalesMetrics } from './sales-metrics';

export type BestSeller = { productId: string; productName: string; units: number; revenueCents: number };
export type LowStockVariant = {
  variantId: string;
  sku: string;
  productName: string;
  variantName: string;
  available: number;
  lowStockThreshold: number;
};

/** The products that sold the most units in the range (sales only, same definition as revenue). */
export async function listBestSellers(db: Db, args: MetricsRange & { limit?: number }): Promise<BestSeller[]> {
  const rows = await db.execute<{
    product_id: string;
    product_name: string;
    units: number;
    revenue: string | number;
  }>(sql`
    SELECT oi.product_id, MIN(oi.product_name) AS product_name, SUM(oi.quantity)::int AS units, SUM(oi.line_total_cents)::bigint AS revenue
      FROM order_items oi JOIN orders o ON o.id = oi.order_id
     WHERE ${IS_SALE}
       AND o.created_at >= (${args.from}::date::timestamp AT TIME ZONE 'America/Bogota')
       AND o.created_at < ((${args.to}::date + 1)::timestamp AT TIME ZONE 'America/Bogota')
     GROUP BY oi.product_id
     ORDER BY units DESC, revenue DESC, product_name
     LIMIT ${args.limit ?? 5}`);
  return rows.map((r) => ({
    productId: r.product_id,
    productName: r.product_name,
    units: Number(r.units),
    revenueCents: Number(r.revenue),
  }));
}

/** Variants of live products at or under their low-stock threshold, emptiest first. */
export async function listLowStockVariants(db: Db, limit = 8): Promise<LowStockVariant[]> {
  const rows = await db.execute<{
    id: string;
    sku: string;
    product_name: string;
    variant_name: string;
    available: number;
    low_stock_threshold: number;
  }>(sql`
    SELECT v.id, v.sku, p.name AS product_name, v.name AS variant_name, (v.stock - v.reserved_stock)::int AS available, v.low_stock_threshold
      FROM product_variants v JOIN products p ON p.id = v.product_id
     WHERE p.deleted_at IS NULL AND p.is_active AND v.stock - v.reserved_stock <= v.low_stock_threshold
     ORDER BY v.stock - v.reserved_stock, v.sku
     LIMIT ${limit}`);
  return rows.map((r) => ({
    variantId: r.id,
    sku: r.sku,
    productName: r.product_name,
    variantName: r.variant_name,
    available: Number(r.available),
    lowStockThreshold: Number(r.low_stock_threshold),
  }));
}

export type Dashboard = {
  today: SalesMetrics;
  range: SalesMetrics;
  last30Days: SalesMetrics;
  bestSellers: BestSeller[];
  lowStock: LowStockVariant[];
  queues: Awaited<ReturnType<typeof countOrderQueues>>;
};

/** Everything the dashboard shows (#35), each number an SQL aggregate. */
export async function getDashboard(db: Db, range: MetricsRange): Promise<Dashboard> {
  const today = todayInBogota();
  const [todayMetrics, rangeMetrics, last30Days, bestSellers, lowStock, queues] = await Promise.all([
    getSalesMetrics(db, { from: today, to: today }),
    getSalesMetrics(db, range),
    getSalesMetrics(db, { from: shiftDate(today, -29), to: today }),
    listBestSellers(db, range),
    listLowStockVariants(db),
    countOrderQueues(db),
  ]);
  return { today: todayMetrics, range: rangeMetrics, last30Days, bestSellers, lowStock, queues };
}
