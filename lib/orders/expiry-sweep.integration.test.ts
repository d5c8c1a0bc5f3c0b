import { eq, inArray, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { orders, productVariants } from '@/db/schema';
import { placeOrder } from '@/lib/checkout/place-order';
import { checkInventory } from '@/lib/inventory/check-inventory';
import { captureLog } from '@/lib/testing/capture-log';
import { createShoppersWithCarts } from '@/lib/testing/commerce-fixtures';
import { createTestProduct } from '@/lib/testing/fixtures';
import { testDb } from '@/lib/testing/test-db';
import { dueReservationsQuery, sweepExpiredReservations } from './expire-reservations';

type PlanNode = { 'Node Type': string; 'Index Name'?: string; 'Relation Name'?: string; Plans?: PlanNode[] };
const walk = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(walk)];

async function pendingOrders(count: number) {
  const db = testDb();
  const { variants } = await createTestProduct(db, { variants: [{ initialStock: count, priceCents: 1_000_000 }] });
  const variantId = variants[0]!.id;
  const userIds = await createShoppersWithCarts(db, { count, lines: () => [{ variantId, quantity: 1 }] });
  const ids: string[] = [];
  for (const userId of userIds) {
    const order = await db.transaction((tx) => placeOrder(tx, { userId, input: { deliveryOption: 'PICKUP' } }));
    ids.push(order.id);
  }
  await db
    .update(orders)
    .set({ reservationExpiresAt: sql`now() - interval '1 minute'` })
    .where(inArray(orders.id, ids));
  return { ids, variantId };
}

describe('expiry sweep query plan (#25)', () => {
  beforeAll(async () => {
    // 200,000 orders, all but 50 of them settled: the sweep must not read the settled ones.
    const [user] = await testDb().execute<{ id: string }>(
      sql`INSERT INTO users (email, name, password_hash) VALUES ('plan@test.botica', 'Plan', 'x') RETURNING id`,
    );
    await testDb().execute(sql`
      INSERT INTO orders (user_id, status, delivery_option, subtotal_cents, total_cents, estimated_delivery_date,
                          reservation_expires_at, created_at)
      SELECT ${user!.id}, CASE WHEN g % 4000 = 0 THEN 'PENDING_PAYMENT' ELSE 'DELIVERED' END::order_status,
             'PICKUP', 100000, 100000, current_date,
             now() - (g || ' minutes')::interval, now() - (g || ' minutes')::interval
      FROM generate_series(1, 200000) g`);
    await testDb().execute(sql`ANALYZE orders`);
  });

  it('reads through the partial index orders_pending_expiry_idx, never a sequential scan of orders', async () => {
    const query = dueReservationsQuery(testDb(), 200).toSQL();
    const [row] = await testDb().$client.unsafe(`EXPLAIN (FORMAT JSON) ${query.sql}`, query.params as never[]);
    const nodes = walk((row!['QUERY PLAN'] as Array<{ Plan: PlanNode }>)[0]!.Plan);
    expect(nodes.filter((n) => n['Node Type'] === 'Seq Scan' && n['Relation Name'] === 'orders')).toEqual([]);
    expect(nodes.map((n) => n['Index Name']).filter(Boolean)).toContain('orders_pending_expiry_idx');
    expect((await dueReservationsQuery(testDb(), 200)).length).toBe(50);
  });
});

describe('sweepExpiredReservations with one failing order (#26)', () => {
  it('expires the others, logs the failure, and the next run retries and expires it', async () => {
    const db = testDb();
    // Leave only this test's orders due.
    await db.execute(sql`UPDATE orders SET status = 'CANCELLED' WHERE status = 'PENDING_PAYMENT'`);
    const { ids, variantId } = await pendingOrders(30);
    const broken = ids[17]!;
    // A fault in the database for exactly one order: its cancellation raises, as a broken row would.
    await db.execute(
      sql.raw(`CREATE FUNCTION fail_one_expiry() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.id = '${broken}' AND NEW.status = 'CANCELLED' THEN RAISE EXCEPTION 'injected expiry fault'; END IF;
          RETURN NEW;
        END $$`),
    );
    await db.execute(
      sql`CREATE TRIGGER fail_one_expiry BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION fail_one_expiry()`,
    );
    const capture = captureLog();
    const first = await sweepExpiredReservations(db, { log: capture.log });
    expect(first).toEqual({ found: 30, released: 29, skipped: 0, failed: 1 });
    expect(capture.find('order.expiry_failed')).toEqual([
      expect.objectContaining({ level: 50, orderId: broken, errMessage: expect.any(String) }),
    ]);
    expect(capture.find('order.expiry_sweep')).toEqual([expect.objectContaining(first)]);

    const statuses = await db
      .select({ id: orders.id, status: orders.status })
      .from(orders)
      .where(inArray(orders.id, ids));
    expect(statuses.filter((o) => o.status === 'CANCELLED')).toHaveLength(29);
    expect(statuses.find((o) => o.id === broken)?.status).toBe('PENDING_PAYMENT');
    // The failed order's transaction rolled back whole: its unit is still reserved, the others' released.
    const [variant] = await db.select().from(productVariants).where(eq(productVariants.id, variantId));
    expect(variant).toMatchObject({ stock: 30, reservedStock: 1 });

    await db.execute(sql`DROP TRIGGER fail_one_expiry ON orders`);
    const second = await sweepExpiredReservations(db, { log: capture.log });
    expect(second).toEqual({ found: 1, released: 1, skipped: 0, failed: 0 });
    const [after] = await db.select().from(orders).where(eq(orders.id, broken));
    expect(after).toMatchObject({ status: 'CANCELLED', cancellationReason: 'EXPIRED' });
    expect((await db.select().from(productVariants).where(eq(productVariants.id, variantId)))[0]).toMatchObject({
      stock: 30,
      reservedStock: 0,
    });
    expect(await checkInventory(db, { variantIds: [variantId] })).toEqual([]);
  });
});
