import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { creditAccounts, inventoryMovements, notifications, orders, productVariants } from '@/db/schema';
import { transitionAdminOrder } from '@/lib/admin/orders/transition-admin-order';
import { createPaidOrder } from '@/lib/admin/testing/admin-fixtures';
import { addCreditEntry } from '@/lib/credit/credit-ledger';
import { checkInventory } from '@/lib/inventory/check-inventory';
import { createOrderIn } from '@/lib/testing/commerce-fixtures';
import { createTestUser } from '@/lib/testing/fixtures';
import { createConcurrentPool, testDb } from '@/lib/testing/test-db';
import { cancelOrderByCustomer } from './cancel-order';

const balanceOf = async (userId: string) =>
  (await testDb().select().from(creditAccounts).where(eq(creditAccounts.userId, userId)))[0]?.balanceCents ?? 0;
const orderOf = async (id: string) => (await testDb().select().from(orders).where(eq(orders.id, id)))[0]!;
const variantOf = async (id: string) =>
  (await testDb().select().from(productVariants).where(eq(productVariants.id, id)))[0]!;

describe('the owner cancels a PAID order', () => {
  it('by default: units back through the ledger, the amount paid as store credit at once, staff told', async () => {
    const admin = await createTestUser(testDb(), { role: 'ADMIN' });
    const { order, userId, variantId } = await createPaidOrder(testDb(), { stock: 10, quantity: 3 });
    expect(await variantOf(variantId)).toMatchObject({ stock: 7, reservedStock: 0 });

    const cancelled = await cancelOrderByCustomer(testDb(), { orderId: order.id, userId });
    expect(cancelled).toMatchObject({ status: 'CANCELLED', cancellationReason: 'CUSTOMER' });
    expect(await variantOf(variantId)).toMatchObject({ stock: 10, reservedStock: 0 });
    const returns = await testDb()
      .select()
      .from(inventoryMovements)
      .where(and(eq(inventoryMovements.orderId, order.id), eq(inventoryMovements.type, 'RETURN')));
    expect(returns).toEqual([expect.objectContaining({ variantId, quantity: 3, stockDelta: 3 })]);
    expect(await checkInventory(testDb(), { variantIds: [variantId] })).toEqual([]);

    expect(await balanceOf(userId)).toBe(order.totalCents);
    expect(await orderOf(order.id)).toMatchObject({ refundDueCents: 0, paymentIssue: null });
    const [notice] = await testDb()
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, admin.id), eq(notifications.kind, 'STAFF_NOTICE')));
    expect(notice).toMatchObject({ href: `/admin/pedidos/${order.id}` });
    expect(notice!.title).toContain(`#${order.number}`);
  });

  it('ORIGINAL_METHOD puts the amount in the staff refund queue instead of credit', async () => {
    const { order, userId } = await createPaidOrder(testDb(), { quantity: 1 });
    await cancelOrderByCustomer(testDb(), { orderId: order.id, userId, input: { refund: 'ORIGINAL_METHOD' } });
    expect(await balanceOf(userId)).toBe(0);
    expect(await orderOf(order.id)).toMatchObject({
      status: 'CANCELLED',
      refundDueCents: order.totalCents,
      paymentIssue: 'CANCELLED_BY_CUSTOMER',
      refundResolvedAt: null,
    });
  });

  it('gives back the store credit the order spent, on top of the amount paid', async () => {
    const db = testDb();
    const { userId, variantId } = await createPaidOrder(db, { quantity: 1, priceCents: 5_000_000 });
    await addCreditEntry(db, { userId, kind: 'COMPENSATION', amountCents: 1_000_000, reason: 'prueba' });
    const placed = await createOrderIn(db, {
      userId,
      lines: [{ variantId, quantity: 1 }],
      to: 'PAID',
      input: { useCredit: true },
    });
    expect(placed).toMatchObject({ status: 'PAID', creditAppliedCents: 1_000_000 });
    expect(await balanceOf(userId)).toBe(0);
    await cancelOrderByCustomer(db, { orderId: placed.id, userId });
    expect(await balanceOf(userId)).toBe(1_000_000 + placed.totalCents);
  });

  it('refuses once preparation started (409), another shopper gets 404, a bad choice is 400', async () => {
    const admin = await createTestUser(testDb(), { role: 'ADMIN' });
    const { order, userId } = await createPaidOrder(testDb(), { quantity: 1 });
    await expect(
      cancelOrderByCustomer(testDb(), { orderId: order.id, userId, input: { refund: 'EFECTIVO' } }),
    ).rejects.toMatchObject({ status: 400, code: 'VALIDATION' });
    const stranger = await createTestUser(testDb());
    await expect(cancelOrderByCustomer(testDb(), { orderId: order.id, userId: stranger.id })).rejects.toMatchObject({
      status: 404,
    });
    await transitionAdminOrder(testDb(), { orderId: order.id, input: { to: 'PREPARING' }, actor: { id: admin.id } });
    await expect(cancelOrderByCustomer(testDb(), { orderId: order.id, userId })).rejects.toMatchObject({
      status: 409,
      code: 'MKT-STATE',
    });
  });

  it('racing "start preparing": exactly one wins, and credit is granted only if the cancel won', async () => {
    const admin = await createTestUser(testDb(), { role: 'ADMIN' });
    const pool = createConcurrentPool(4);
    for (let round = 0; round < 5; round++) {
      const { order, userId, variantId } = await createPaidOrder(testDb(), { quantity: 2 });
      const [cancel, prepare] = await Promise.allSettled([
        cancelOrderByCustomer(pool, { orderId: order.id, userId }),
        transitionAdminOrder(pool, { orderId: order.id, input: { to: 'PREPARING' }, actor: { id: admin.id } }),
      ]);
      expect([cancel.status, prepare.status].filter((s) => s === 'fulfilled')).toHaveLength(1);
      const after = await orderOf(order.id);
      expect(after.status).toBe(cancel.status === 'fulfilled' ? 'CANCELLED' : 'PREPARING');
      expect(await balanceOf(userId)).toBe(cancel.status === 'fulfilled' ? order.totalCents : 0);
      expect(await checkInventory(testDb(), { variantIds: [variantId] })).toEqual([]);
    }
  });
});
