import { z } from 'zod';
import { getDb } from '@/db/client';
import { parseMetricsRange } from '@/lib/admin/metrics/sales-metrics';
import { getSalesReport, productSalesCsv } from '@/lib/admin/reports/sales-report';
import { requireArea } from '@/lib/admin/shared/access';
import { searchParamsToObject } from '@/lib/admin/shared/list-query';
import { env } from '@/lib/env';
import { apiRoute } from '@/lib/http/api-route';
import { enforceRateLimit } from '@/lib/http/rate-limit-door';
import { parseInput } from '@/lib/validation';

const formatSchema = z.object({
  format: z.enum(['json', 'csv'], { error: 'El formato es json o csv.' }).default('json'),
});

/** `from`/`to` Bogotá dates (default the last 30 days), `format=json|csv`. ADMIN only; rate-limited per admin. */
export const GET = apiRoute(async ({ req }) => {
  const admin = await requireArea('metrics');
  const query = searchParamsToObject(req.nextUrl.searchParams);
  const { format } = parseInput(formatSchema, { format: query.format });
  const range = parseMetricsRange({ from: query.from, to: query.to });
  await enforceRateLimit(`reports:${admin.id}`, env.RATE_LIMIT_REPORTS_PER_MIN);
  const report = await getSalesReport(getDb(), range);
  if (format === 'json') return Response.json(report, { headers: { 'Cache-Control': 'private, no-store' } });
  return new Response(productSalesCsv(report), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="ventas-por-producto_${range.from}_${range.to}.csv"`,
      'Cache-Control': 'private, no-store',
    },
  });
});
