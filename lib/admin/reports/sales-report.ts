import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { getSalesMetrics, IS_SALE, SALE_VALUE, type MetricsRange } from '@/lib/admin/metrics/sales-metrics';

const IN_RANGE = (column: string, range: MetricsRange) =>
  sql`${sql.raw(column)} >= (${range.from}::date::timestamp AT TIME ZONE 'America/Bogota')
      AND ${sql.raw(column)} < ((${range.to}::date + 1)::timestamp AT TIME ZONE 'America/Bogota')`;

export type ProductSales = {
  productId: string;
  productName: string;
  units: number;
  unitsReturned: number;
  revenueCents: number;
};

/**
 * The sales report for a Bogotá date range (orders counted by creation day). Sales are paid orders not
 * cancelled or refunded (`IS_SALE`, the dashboard's rule); revenue is what the customer paid by any
 * means. Refunds are returns approved in the range plus paid orders cancelled in the range.
 * Every product sold in the range is listed, not only the top ones.
 */
export async function getSalesReport(db: Db, range: MetricsRange) {
  const [metrics, byStatus, byDelivery, totals, refunds, products] = await Promise.all([
    getSalesMetrics(db, range),
    db.execute<{ status: string; orders: number }>(sql`
      SELECT o.status::text AS status, COUNT(*)::int AS orders FROM orders o
       WHERE ${IN_RANGE('o.created_at', range)} GROUP BY o.status ORDER BY o.status`),
    db.execute<{ delivery: string; orders: number; sales: number; revenue: string | number }>(sql`
      SELECT o.delivery_option::text AS delivery, COUNT(*)::int AS orders,
             COUNT(*) FILTER (WHERE ${IS_SALE})::int AS sales,
             COALESCE(SUM(${SALE_VALUE}) FILTER (WHERE ${IS_SALE}), 0)::bigint AS revenue
        FROM orders o WHERE ${IN_RANGE('o.created_at', range)} GROUP BY o.delivery_option ORDER BY 1`),
    db.execute<{ discounts: string | number; credit: string | number; shipping: string | number }>(sql`
      SELECT COALESCE(SUM(o.bulk_discount_cents + o.voucher_discount_cents), 0)::bigint AS discounts,
             COALESCE(SUM(o.credit_applied_cents), 0)::bigint AS credit,
             COALESCE(SUM(o.shipping_cents), 0)::bigint AS shipping
        FROM orders o WHERE ${IS_SALE} AND ${IN_RANGE('o.created_at', range)}`),
    db.execute<{ returns: string | number; cancellations: string | number }>(sql`
      SELECT
        (SELECT COALESCE(SUM(r.refund_cents), 0) FROM order_returns r
          WHERE r.status = 'APPROVED' AND ${IN_RANGE('r.decided_at', range)})::bigint AS returns,
        (SELECT COALESCE(SUM(${SALE_VALUE}), 0) FROM orders o
          WHERE o.status = 'CANCELLED' AND o.paid_at IS NOT NULL AND ${IN_RANGE('o.cancelled_at', range)})::bigint
          AS cancellations`),
    db.execute<{
      product_id: string;
      product_name: string;
      units: number;
      returned: number;
      revenue: string | number;
    }>(sql`
      SELECT oi.product_id, MIN(oi.product_name) AS product_name, SUM(oi.quantity)::int AS units,
             SUM(oi.quantity_returned)::int AS returned, SUM(oi.line_total_cents)::bigint AS revenue
        FROM order_items oi JOIN orders o ON o.id = oi.order_id
       WHERE o.paid_at IS NOT NULL AND o.status <> 'CANCELLED' AND ${IN_RANGE('o.created_at', range)}
       GROUP BY oi.product_id
       ORDER BY revenue DESC, product_name`),
  ]);
  const t = totals[0];
  const r = refunds[0];
  return {
    ...range,
    orders: metrics.orders,
    sales: metrics.paidOrders,
    revenueCents: metrics.revenueCents,
    discountsCents: Number(t?.discounts ?? 0),
    creditSpentCents: Number(t?.credit ?? 0),
    shippingCents: Number(t?.shipping ?? 0),
    refundsCents: Number(r?.returns ?? 0) + Number(r?.cancellations ?? 0),
    byStatus: byStatus.map((s) => ({ status: s.status, orders: Number(s.orders) })),
    byDelivery: byDelivery.map((d) => ({
      deliveryOption: d.delivery,
      orders: Number(d.orders),
      sales: Number(d.sales),
      revenueCents: Number(d.revenue),
    })),
    byDay: metrics.byDay,
    products: products.map((p): ProductSales => ({
      productId: p.product_id,
      productName: p.product_name,
      units: Number(p.units),
      unitsReturned: Number(p.returned),
      revenueCents: Number(p.revenue),
    })),
  };
}

export type SalesReport = Awaited<ReturnType<typeof getSalesReport>>;

/** A spreadsheet cannot run a cell as a formula: cells starting with = + - @ get a leading apostrophe. */
function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The per-product table as CSV (UTF-8 with BOM so Excel reads the accents), amounts in whole pesos. */
export function productSalesCsv(report: SalesReport): string {
  const header = ['producto_id', 'producto', 'unidades_vendidas', 'unidades_devueltas', 'ingresos_cop'];
  const lines = report.products.map((p) =>
    [p.productId, p.productName, p.units, p.unitsReturned, Math.round(p.revenueCents / 100)].map(csvCell).join(','),
  );
  return `\uFEFF${[header.join(','), ...lines].join('\r\n')}\r\n`;
}
