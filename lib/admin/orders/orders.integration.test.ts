import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, inventoryMovements, orders, outbox, paymentAttempts, productVariants, users } from '@/db/schema';
import { checkInventory } from '@/lib/inventory/check-inventory';
import { createTestUser } from '@/lib/testing/fixtures';
import { testDb } from '@/lib/testing/test-db';
import { createPaidOrder, createPendingOrder } from '@/lib/admin/testing/admin-fixtures';
import { getAdminOrder } from './get-admin-order';
import { countOrderQueues, listAdminOrders } from './list-admin-orders';
import { transitionAdminOrder } from './transition-admin-order';

async function staffActor() {
  const staff = await createTestUser(testDb(), { role: 'STAFF' });
  return { id: staff.id, requestId: 'req-orders-0001' };
}

const orderRow = async (id: string) => (await testDb().select().from(orders).where(eq(orders.id, id)))[0]!;
const variantRow = async (id: string) =>
  (await testDb().select().from(productVariants).where(eq(productVariants.id, id)))[0]!;

describe('transitionAdminOrder', () => {
  it('prepares, ships with a tracking number and delivers a paid order through the state machine, audited and announced', async () => {
    const db = testDb();
    const actor = await staffActor();
    const { order } = await createPaidOrder(db);
    expect((await getAdminOrder(db, order.id)).allowedTransitions).toEqual(['PREPARING', 'CANCELLED']);

    await expect(
      transitionAdminOrder(db, { orderId: order.id, input: { to: 'SHIPPED', trackingNumber: 'GUIA-1' }, actor }),
    ).rejects.toMatchObject({ code: 'MKT-STATE', status: 409 });
    await transitionAdminOrder(db, { orderId: order.id, input: { to: 'PREPARING' }, actor });
    await expect(
      transitionAdminOrder(db, { orderId: order.id, input: { to: 'SHIPPED' }, actor }),
    ).rejects.toMatchObject({ code: 'VALIDATION', details: { fields: { trackingNumber: expect.any(String) } } });
    await transitionAdminOrder(db, {
      orderId: order.id,
      input: { to: 'SHIPPED', trackingNumber: 'SERVI-123456' },
      actor,
    });
    expect(await orderRow(order.id)).toMatchObject({
      status: 'SHIPPED',
      trackingNumber: 'SERVI-123456',
      deliveredAt: null,
    });
    await transitionAdminOrder(db, { orderId: order.id, input: { to: 'DELIVERED' }, actor });
    expect((await orderRow(order.id)).deliveredAt).toBeInstanceOf(Date);
    await expect(
      transitionAdminOrder(db, { orderId: order.id, input: { to: 'CANCELLED' }, actor }),
    ).rejects.toMatchObject({ code: 'MKT-STATE' });
    await expect(
      transitionAdminOrder(db, { orderId: order.id, input: { to: 'REFUNDED' }, actor }),
    ).rejects.toMatchObject({ code: 'MKT-STATE' });

    const detail = await getAdminOrder(db, order.id);
    expect(detail.statusHistory.map((h) => [h.toStatus, h.actorType])).toEqual([
      ['PENDING_PAYMENT', 'CUSTOMER'],
      ['PAID', 'PAYMENT_PROVIDER'],
      ['PREPARING', 'STAFF'],
      ['SHIPPED', 'STAFF'],
      ['DELIVERED', 'STAFF'],
    ]);
    expect(detail.audit.map((a) => a.action)).toEqual(['order.transition', 'order.transition', 'order.transition']);
    expect(detail.audit[1]).toMatchObject({ after: { status: 'SHIPPED', trackingNumber: 'SERVI-123456' } });
    const shipped = await db
      .select()
      .from(outbox)
      .where(eq(outbox.eventId, `order-status:${order.id}:SHIPPED`));
    expect(shipped[0]?.payload).toMatchObject({ to: 'SHIPPED', trackingNumber: 'SERVI-123456' });
  });

  it('cancels a pending order by releasing its reservation', async () => {
    const db = testDb();
    const actor = await staffActor();
    const { order, variantId } = await createPendingOrder(db, { stock: 5, quantity: 2 });
    expect(await variantRow(variantId)).toMatchObject({ stock: 5, reservedStock: 2 });
    await transitionAdminOrder(db, {
      orderId: order.id,
      input: { to: 'CANCELLED', reason: 'La clienta llamó' },
      actor,
    });
    expect(await orderRow(order.id)).toMatchObject({
      status: 'CANCELLED',
      cancellationReason: 'STAFF',
      refundDueCents: 0,
    });
    expect(await variantRow(variantId)).toMatchObject({ stock: 5, reservedStock: 0 });
    expect(await checkInventory(db, { variantIds: [variantId] })).toEqual([]);
  });

  it('cancels a paid order: units return with RETURN movements and the total joins the refund queue', async () => {
    const db = testDb();
    const actor = await staffActor();
    const { order, variantId } = await createPaidOrder(db, { stock: 5, quantity: 2 });
    expect(await variantRow(variantId)).toMatchObject({ stock: 3, reservedStock: 0 });
    await transitionAdminOrder(db, { orderId: order.id, input: { to: 'PREPARING' }, actor });
    expect((await listAdminOrders(db, { queue: 'fulfilment' })).items.map((o) => o.id)).toContain(order.id);
    const before = await countOrderQueues(db);
    await transitionAdminOrder(db, {
      orderId: order.id,
      input: { to: 'CANCELLED', reason: 'Sin forma de entregar' },
      actor,
    });

    const cancelled = await orderRow(order.id);
    expect(cancelled).toMatchObject({
      status: 'CANCELLED',
      refundDueCents: order.totalCents,
      paymentIssue: 'CANCELLED_AFTER_PAYMENT',
      refundResolvedAt: null,
    });
    expect(await variantRow(variantId)).toMatchObject({ stock: 5, reservedStock: 0 });
    const returns = await db
      .select()
      .from(inventoryMovements)
      .where(and(eq(inventoryMovements.orderId, order.id), eq(inventoryMovements.type, 'RETURN')));
    expect(returns).toMatchObject([{ quantity: 2, actorId: actor.id }]);
    expect(await checkInventory(db, { variantIds: [variantId] })).toEqual([]);

    const after = await countOrderQueues(db);
    expect(after.refundDue).toBe(before.refundDue + 1);
    expect(after.pendingFulfilment).toBe(before.pendingFulfilment - 1);
    expect((await listAdminOrders(db, { queue: 'refund-due' })).items.map((o) => o.id)).toContain(order.id);
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.entityId, order.id),
          eq(auditLog.action, 'order.transition'),
          eq(auditLog.requestId, 'req-orders-0001'),
        ),
      )
      .orderBy(auditLog.id)
      .offset(1);
    expect(audit).toMatchObject({
      before: { status: 'PREPARING' },
      after: { status: 'CANCELLED', refundDueCents: order.totalCents },
    });
  });

  it('answers 404 for an unknown order', async () => {
    const actor = await staffActor();
    await expect(
      transitionAdminOrder(testDb(), { orderId: 'no-es-un-id', input: { to: 'PREPARING' }, actor }),
    ).rejects.toMatchObject({ status: 404 });
  });
});

describe('listAdminOrders', () => {
  it('finds orders by number, id, email and payment reference, and filters by status, delivery, date and queue', async () => {
    const db = testDb();
    const paid = await createPaidOrder(db, { delivery: 'DELIVERY' });
    const pending = await createPendingOrder(db);
    await db.insert(paymentAttempts).values({
      orderId: pending.order.id,
      reference: `BOT-REF-${pending.order.number}`,
      amountCents: pending.order.totalCents,
    });
    const [customer] = await db.select({ email: users.email }).from(users).where(eq(users.id, paid.userId));
    const ids = async (query: Record<string, unknown>) => (await listAdminOrders(db, query)).items.map((o) => o.id);

    expect(await ids({ q: `#${paid.order.number}` })).toEqual([paid.order.id]);
    expect(await ids({ q: paid.order.id })).toEqual([paid.order.id]);
    expect(await ids({ q: customer!.email.toUpperCase() })).toEqual([paid.order.id]);
    expect(await ids({ q: `REF-${pending.order.number}` })).toEqual([pending.order.id]);
    expect(await ids({ status: 'PAID', q: `${paid.order.number}` })).toEqual([paid.order.id]);
    expect(await ids({ status: 'PAID', q: `${pending.order.number}` })).toEqual([]);
    expect(await ids({ delivery: 'DELIVERY' })).toContain(paid.order.id);
    expect(await ids({ delivery: 'DELIVERY' })).not.toContain(pending.order.id);
    expect(await ids({ from: '2000-01-01', to: '2000-01-31' })).toEqual([]);
    expect(await ids({ queue: 'fraud' })).toEqual([]);
    await expect(listAdminOrders(db, { from: '2026-02-30' })).rejects.toMatchObject({
      code: 'VALIDATION',
      details: { fields: { from: expect.any(String) } },
    });
    await expect(listAdminOrders(db, { from: '2026-03-02', to: '2026-03-01' })).rejects.toMatchObject({
      details: { fields: { to: expect.any(String) } },
    });
  });
});
