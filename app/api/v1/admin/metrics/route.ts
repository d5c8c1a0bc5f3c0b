import { getDb } from '@/db/client';
import { listBestSellers, listLowStockVariants } from '@/lib/admin/metrics/dashboard';
import { getSalesMetrics, parseMetricsRange } from '@/lib/admin/metrics/sales-metrics';
import { countOrderQueues } from '@/lib/admin/orders/list-admin-orders';
import { requireArea } from '@/lib/admin/shared/access';
import { searchParamsToObject } from '@/lib/admin/shared/list-query';
import { apiRoute } from '@/lib/http/api-route';

/** `from`/`to` are Bogotá dates (default: the last 30 days). */
export const GET = apiRoute(async ({ req }) => {
  await requireArea('metrics');
  const range = parseMetricsRange(searchParamsToObject(req.nextUrl.searchParams));
  const db = getDb();
  const [metrics, bestSellers, lowStock, queues] = await Promise.all([
    getSalesMetrics(db, range),
    listBestSellers(db, range),
    listLowStockVariants(db),
    countOrderQueues(db),
  ]);
  return Response.json({ ...metrics, bestSellers, lowStock, queues });
});
