import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { todayInBogota } from '@/lib/auth/vip';
import { isoDate } from '@/lib/admin/shared/list-query';
import { parseInput } from '@/lib/validation';

export const MAX_RANGE_DAYS = 366;

/** Bogotá calendar date `days` before `date` (both YYYY-MM-DD); date arithmetic in UTC has no DST to trip on. */
export function shiftDate(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export const metricsQuerySchema = z
  .object({ from: isoDate.optional(), to: isoDate.optional() })
  .transform((q) => {
    const to = q.to ?? todayInBogota();
    return { to, from: q.from ?? shiftDate(to, -29) };
  })
  .superRefine((q, ctx) => {
    if (q.from > q.to)
      ctx.addIssue({
        code: 'custom',
        path: ['to'],
        message: 'La fecha final debe ser igual o posterior a la inicial.',
      });
    else if (shiftDate(q.from, MAX_RANGE_DAYS - 1) < q.to)
      ctx.addIssue({
        code: 'custom',
        path: ['from'],
        message: `El rango puede tener como máximo ${MAX_RANGE_DAYS} días.`,
      });
  });

export type MetricsRange = { from: string; to: string };
export type DayMetrics = { date: string; orders: number; paidOrders: number; revenueCents: number };
export type SalesMetrics = MetricsRange & {
  orders: number;
  paidOrders: number;
  revenueCents: number;
  averageOrderCents: number;
  /** Paid ÷ created orders, 0–1 (4 decimals); 0 when nothing was created. */
  conversionRate: number;
  byDay: DayMetrics[];
};

export function parseMetricsRange(raw: unknown): MetricsRange {
  return parseInput(metricsQuerySchema, raw);
}

/**
 * A sale (the metric's "paid order"): the order was paid and is not cancelled or refunded, so money
 * the store will hand back never counts as revenue. Its value is what the customer paid by any means
 * (card plus store credit). Days are Bogotá calendar days of the order's creation.
 */
export const IS_SALE = sql.raw(`(o.paid_at IS NOT NULL AND o.status NOT IN ('CANCELLED', 'REFUNDED'))`);
export const SALE_VALUE = sql.raw(`(o.total_cents + o.credit_applied_cents)`);

/** Orders, sales, revenue, average order and conversion over a Bogotá date range, day by day — one SQL aggregate. */
export async function getSalesMetrics(db: Db, range: MetricsRange): Promise<SalesMetrics> {
  const rows = await db.execute<{ day: string; orders: number; paid: number; revenue: string | number }>(sql`
    WITH days AS (
      SELECT d::date AS day FROM generate_series(${range.from}::date, ${range.to}::date, interval '1 day') AS d
    ), placed AS (
      SELECT (o.created_at AT TIME ZONE 'America/Bogota')::date AS day, ${IS_SALE} AS is_sale, ${SALE_VALUE} AS value
        FROM orders o
       WHERE o.created_at >= (${range.from}::date::timestamp AT TIME ZONE 'America/Bogota')
         AND o.created_at < ((${range.to}::date + 1)::timestamp AT TIME ZONE 'America/Bogota')
    )
    SELECT to_char(days.day, 'YYYY-MM-DD') AS day,
           COUNT(placed.day)::int AS orders,
           COUNT(*) FILTER (WHERE placed.is_sale)::int AS paid,
           COALESCE(SUM(placed.value) FILTER (WHERE placed.is_sale), 0)::bigint AS revenue
      FROM days LEFT JOIN placed ON placed.day = days.day
     GROUP BY days.day
     ORDER BY days.day`);
  const byDay = rows.map((r) => ({
    date: r.day,
    orders: Number(r.orders),
    paidOrders: Number(r.paid),
    revenueCents: Number(r.revenue),
  }));
  const orders = byDay.reduce((s, d) => s + d.orders, 0);
  const paidOrders = byDay.reduce((s, d) => s + d.paidOrders, 0);
  const revenueCents = byDay.reduce((s, d) => s + d.revenueCents, 0);
  return {
    ...range,
    orders,
    paidOrders,
    revenueCents,
    // Integer division: an average order value is shown in whole pesos like every amount.
    averageOrderCents: paidOrders > 0 ? Math.floor(revenueCents / paidOrders / 100) * 100 : 0,
    conversionRate: orders > 0 ? Math.round((paidOrders / orders) * 10_000) / 10_000 : 0,
    byDay,
  };
}
