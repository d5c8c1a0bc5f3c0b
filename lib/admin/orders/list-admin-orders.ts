import { and, asc, desc, eq, gte, ilike, lt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { orders, users } from '@/db/schema';
import { likePattern, type Paged } from '@/lib/admin/shared/list-query';
import { isUuid, parseInput } from '@/lib/validation';
import {
  adminOrderListQuerySchema,
  bogotaDayEnd,
  bogotaDayStart,
  pendingFulfilmentCondition,
  refundDueCondition,
} from './order-filters';

export type AdminOrderRow = {
  id: string;
  number: number;
  status: (typeof orders.$inferSelect)['status'];
  createdAt: Date;
  totalCents: number;
  deliveryOption: 'PICKUP' | 'DELIVERY';
  customerEmail: string;
  customerName: string;
  itemCount: number;
  trackingNumber: string | null;
  paymentIssue: string | null;
  refundDueCents: number;
};

/**
 * The search box takes whatever staff have at hand: an order id, its number ("1042" or "#1042"), the
 * customer's email, or a Wompi payment reference / transaction id.
 */
function searchCondition(q: string): SQL {
  if (isUuid(String(q))) return eq(orders.id, q);
  const number = /^#?(\d{1,12})$/.exec(q)?.[1];
  if (number) return eq(orders.number, Number(number));
  if (q.includes('@')) return ilike(users.email, likePattern(q.toLowerCase()));
  return sql`(EXISTS (SELECT 1 FROM payment_attempts pa WHERE pa.order_id = ${orders.id} AND pa.reference ILIKE ${likePattern(q)})
          OR EXISTS (SELECT 1 FROM payment_transactions pt WHERE pt.order_id = ${orders.id} AND pt.provider_transaction_id = ${q}))`;
}

/** Orders with filters (status, Bogotá dates, delivery, search, queue), sorting and pages. */
export async function listAdminOrders(db: Db, rawQuery: unknown): Promise<Paged<AdminOrderRow>> {
  const query = parseInput(adminOrderListQuerySchema, rawQuery);
  const filters: SQL[] = [];
  if (query.status) filters.push(eq(orders.status, query.status));
  if (query.delivery) filters.push(eq(orders.deliveryOption, query.delivery));
  if (query.from) filters.push(gte(orders.createdAt, bogotaDayStart(query.from)));
  if (query.to) filters.push(lt(orders.createdAt, bogotaDayEnd(query.to)));
  if (query.q) filters.push(searchCondition(query.q));
  if (query.queue === 'fulfilment') filters.push(pendingFulfilmentCondition);
  if (query.queue === 'refund-due') filters.push(refundDueCondition);
  if (query.queue === 'fraud') filters.push(eq(orders.status, 'FRAUD_ALERT'));
  const where = filters.length > 0 ? and(...filters) : undefined;
  const order = query.dir === 'asc' ? asc : desc;
  const column = { created: orders.createdAt, total: orders.totalCents, number: orders.number }[query.sort];

  const [rows, [count]] = await Promise.all([
    db
      .select({
        id: orders.id,
        number: orders.number,
        status: orders.status,
        createdAt: orders.createdAt,
        totalCents: orders.totalCents,
        deliveryOption: orders.deliveryOption,
        customerEmail: users.email,
        customerName: users.name,
        itemCount: sql<number>`(SELECT COALESCE(SUM(oi.quantity), 0)::int FROM order_items oi WHERE oi.order_id = ${orders.id})`,
        trackingNumber: orders.trackingNumber,
        paymentIssue: orders.paymentIssue,
        refundDueCents: orders.refundDueCents,
      })
      .from(orders)
      .innerJoin(users, eq(users.id, orders.userId))
      .where(where)
      .orderBy(order(column), desc(orders.number))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db
      .select({ n: sql<number>`COUNT(*)::int` })
      .from(orders)
      .innerJoin(users, eq(users.id, orders.userId))
      .where(where),
  ]);
  return { items: rows, page: query.page, pageSize: query.pageSize, total: count?.n ?? 0 };
}

/** Sizes of the work queues, for the sidebar and the dashboard (one indexed count each). */
export async function countOrderQueues(
  db: Db,
): Promise<{ pendingFulfilment: number; refundDue: number; fraudAlert: number }> {
  const [row] = await db.execute<{ pending: number; refund: number; fraud: number }>(sql`
    SELECT (SELECT COUNT(*) FROM orders WHERE status IN ('PAID', 'PREPARING'))::int AS pending,
           (SELECT COUNT(*) FROM orders WHERE refund_due_cents > 0 AND refund_resolved_at IS NULL)::int AS refund,
           (SELECT COUNT(*) FROM orders WHERE status = 'FRAUD_ALERT')::int AS fraud`);
  return {
    pendingFulfilment: Number(row?.pending ?? 0),
    refundDue: Number(row?.refund ?? 0),
    fraudAlert: Number(row?.fraud ?? 0),
  };
}
