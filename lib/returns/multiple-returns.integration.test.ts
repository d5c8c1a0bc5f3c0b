import { eq, like } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { orderItems, orders, outbox } from '@/db/schema';
import { getCreditStatement } from '@/lib/credit/credit-ledger';
import { checkInventory } from '@/lib/inventory/check-inventory';
import { getOrderJsonForOwner } from '@/lib/orders/get-order-json';
import { createOrderIn } from '@/lib/testing/commerce-fixtures';
import { createTestProduct, createTestUser } from '@/lib/testing/fixtures';
import { createConcurrentPool, testDb } from '@/lib/testing/test-db';
import { decideReturn } from './decide-return';
import { requestReturn } from './request-return';

async function deliveredOrder(quantity: number) {
  const db = testDb();
  const { variants } = await createTestProduct(db, { variants: [{ initialStock: 20, priceCents: 5_000_000 }] });
  const order = await createOrderIn(db, { lines: [{ variantId: variants[0]!.id, quantity }], to: 'DELIVERED' });
  const [item] = await db.select().from(orderItems).where(eq(orderItems.orderId, order.id));
  return { order, item: item!, variantId: variants[0]!.id };
}

const ask = (
  db: Parameters<typeof requestReturn>[0],
  order: { id: string; userId: string },
  lineId: string,
  n: number,
) =>
  requestReturn(db, {
    orderId: order.id,
    userId: order.userId,
    input: { items: [{ orderItemId: lineId, quantity: n }], reason: 'Ya no lo necesito' },
  });

const statusOf = async (id: string) => (await testDb().select().from(orders).where(eq(orders.id, id)))[0]!.status;

describe('more than one return per order', () => {
  it('after a partial refund the rest can be returned; each return is listed; nothing beyond what was bought', async () => {
    const admin = await createTestUser(testDb(), { role: 'ADMIN' });
    const { order, item, variantId } = await deliveredOrder(3);
    await ask(testDb(), order, item.id, 1);
    await decideReturn(testDb(), { orderId: order.id, actorId: admin.id, input: { decision: 'APPROVE' } });
    expect(await statusOf(order.id)).toBe('REFUNDED');

    // Asking for more than what is left is refused with the returnable count.
    await expect(ask(testDb(), order, item.id, 3)).rejects.toMatchObject({
      code: 'MKT-RETURN-QUANTITY',
      details: { returnable: 2 },
    });
    await ask(testDb(), order, item.id, 2);
    expect(await statusOf(order.id)).toBe('RETURN_REQUESTED');
    await decideReturn(testDb(), { orderId: order.id, actorId: admin.id, input: { decision: 'APPROVE' } });
    expect(await statusOf(order.id)).toBe('REFUNDED');
    const [line] = await testDb().select().from(orderItems).where(eq(orderItems.id, item.id));
    expect(line!.quantityReturned).toBe(3);
    await expect(ask(testDb(), order, item.id, 1)).rejects.toMatchObject({ code: 'MKT-RETURN-QUANTITY' });

    // Both refunds as credit: the whole line.
    expect((await getCreditStatement(testDb(), { userId: order.userId })).balanceCents).toBe(item.lineTotalCents);
    expect(await checkInventory(testDb(), { variantIds: [variantId] })).toEqual([]);

    const json = await getOrderJsonForOwner(testDb(), { orderId: order.id, ownerId: order.userId });
    expect(json.returns.map((r) => [r.status, r.items[0]!.quantityApproved])).toEqual([
      ['APPROVED', 1],
      ['APPROVED', 2],
    ]);

    // The second REFUNDED is announced too (its own outbox event), not swallowed as a duplicate.
    const events = await testDb()
      .select({ eventId: outbox.eventId })
      .from(outbox)
      .where(like(outbox.eventId, `order-status:${order.id}:REFUNDED%`));
    expect(events.map((e) => e.eventId).sort()).toEqual([
      `order-status:${order.id}:REFUNDED`,
      `order-status:${order.id}:REFUNDED:2`,
    ]);
  });

  it('concurrent requests and approvals never return more than bought minus already returned', async () => {
    const admin = await createTestUser(testDb(), { role: 'ADMIN' });
    const pool = createConcurrentPool(12);
    const { order, item, variantId } = await deliveredOrder(4);
    for (let round = 0; round < 3; round++) {
      // Ten shoppers' tabs ask for 2 units at once, and two admins approve at once.
      const asked = await Promise.allSettled(Array.from({ length: 10 }, () => ask(pool, order, item.id, 2)));
      const granted = asked.filter((a) => a.status === 'fulfilled').length;
      expect(granted).toBeLessThanOrEqual(1);
      const approvals = await Promise.allSettled(
        [0, 1].map(() => decideReturn(pool, { orderId: order.id, actorId: admin.id, input: { decision: 'APPROVE' } })),
      );
      expect(approvals.filter((a) => a.status === 'fulfilled')).toHaveLength(granted);
      const [line] = await testDb().select().from(orderItems).where(eq(orderItems.id, item.id));
      expect(line!.quantityReturned).toBeLessThanOrEqual(4);
    }
    const [line] = await testDb().select().from(orderItems).where(eq(orderItems.id, item.id));
    expect(line!.quantityReturned).toBe(4);
    expect((await getCreditStatement(testDb(), { userId: order.userId })).balanceCents).toBe(item.lineTotalCents);
    expect(await checkInventory(testDb(), { variantIds: [variantId] })).toEqual([]);
  });
});
