import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { creditAccounts, creditEntries, orders, orderItems, productVariants } from '@/db/schema';
import { addCreditEntry, getCreditStatement } from '@/lib/credit/credit-ledger';
import { checkInventory } from '@/lib/inventory/check-inventory';
import { cancelOrderByCustomer } from '@/lib/orders/cancel-order';
import { releaseExpiredReservation } from '@/lib/orders/expire-reservations';
import { createOrderIn } from '@/lib/testing/commerce-fixtures';
import { createTestProduct, createTestUser } from '@/lib/testing/fixtures';
import { createConcurrentPool, testDb } from '@/lib/testing/test-db';
import { decideReturn } from './decide-return';
import { requestReturn } from './request-return';
import { oweRefund } from './refund-ledger';
import { resolveRefundDue } from './resolve-refund-due';

async function deliveredOrder(args: { quantity?: number; deliveredAt?: Date; stock?: number } = {}) {
  const db = testDb();
  const { variants } = await createTestProduct(db, {
    variants: [{ initialStock: args.stock ?? 10, priceCents: 5_000_000 }],
  });
  const order = await createOrderIn(db, {
    lines: [{ variantId: variants[0]!.id, quantity: args.quantity ?? 3 }],
    to: 'DELIVERED',
    deliveredAt: args.deliveredAt,
  });
  const [item] = await db.select().from(orderItems).where(eq(orderItems.orderId, order.id));
  return { order, item: item!, variantId: variants[0]!.id };
}

const balanceOf = async (userId: string) => (await getCreditStatement(testDb(), { userId })).balanceCents;

describe('return window (Bogotá days)', () => {
  it('accepts day 30 and refuses day 31 with MKT-RETURN-WINDOW', async () => {
    const delivered = new Date('2026-03-01T15:00:00Z');
    const a = await deliveredOrder({ deliveredAt: delivered });
    await expect(
      requestReturn(testDb(), {
        orderId: a.order.id,
        userId: a.order.userId,
        input: { items: [{ orderItemId: a.item.id, quantity: 1 }], reason: 'No me gustó el aroma' },
        now: new Date('2026-03-31T23:00:00Z'),
      }),
    ).resolves.toBeDefined();

    const b = await deliveredOrder({ deliveredAt: delivered });
    await expect(
      requestReturn(testDb(), {
        orderId: b.order.id,
        userId: b.order.userId,
        input: { items: [{ orderItemId: b.item.id, quantity: 1 }], reason: 'No me gustó el aroma' },
        now: new Date('2026-04-01T05:00:00Z'),
      }),
    ).rejects.toMatchObject({ code: 'MKT-RETURN-WINDOW', status: 422 });
  });
});

describe('requestReturn', () => {
  it('refuses more than bought, lines of other orders, undelivered orders and strangers', async () => {
    const { order, item } = await deliveredOrder({ quantity: 2 });
    const other = await deliveredOrder();
    const ask = (input: unknown, userId = order.userId, orderId = order.id) =>
      requestReturn(testDb(), { orderId, userId, input });
    await expect(ask({ items: [{ orderItemId: item.id, quantity: 3 }], reason: 'Llegó roto' })).rejects.toMatchObject({
      code: 'MKT-RETURN-QUANTITY',
    });
    await expect(
      ask({ items: [{ orderItemId: other.item.id, quantity: 1 }], reason: 'Llegó roto' }),
    ).rejects.toMatchObject({ code: 'MKT-RETURN-QUANTITY' });
    await expect(
      ask({ items: [{ orderItemId: item.id, quantity: 1 }], reason: 'Llegó roto' }, other.order.userId),
    ).rejects.toMatchObject({ code: 'NOT-FOUND', status: 404 });

    const { variants } = await createTestProduct(testDb());
    const paid = await createOrderIn(testDb(), { lines: [{ variantId: variants[0]!.id, quantity: 1 }], to: 'PAID' });
    const [paidItem] = await testDb().select().from(orderItems).where(eq(orderItems.orderId, paid.id));
    await expect(
      requestReturn(testDb(), {
        orderId: paid.id,
        userId: paid.userId,
        input: { items: [{ orderItemId: paidItem!.id, quantity: 1 }], reason: 'Ya no lo quiero' },
      }),
    ).rejects.toMatchObject({ code: 'MKT-STATE', status: 409 });
  });
});

describe('decideReturn', () => {
  it('approves fewer units with restock into store credit; REFUNDED; ledger consistent', async () => {
    const { order, item, variantId } = await deliveredOrder({ quantity: 3, stock: 10 });
    await requestReturn(testDb(), {
      orderId: order.id,
      userId: order.userId,
      input: { items: [{ orderItemId: item.id, quantity: 2 }], reason: 'Me equivoqué de aroma' },
    });
    const admin = await createTestUser(testDb(), { role: 'ADMIN' });
    const result = await decideReturn(testDb(), {
      orderId: order.id,
      actorId: admin.id,
      input: { decision: 'APPROVE', items: [{ orderItemId: item.id, quantity: 1, restock: true }] },
    });

    expect(result.refundCents).toBe(5_000_000);
    const [after] = await testDb().select().from(orders).where(eq(orders.id, order.id));
    expect(after!.status).toBe('REFUNDED');
    const [line] = await testDb().select().from(orderItems).where(eq(orderItems.id, item.id));
    expect(line!.quantityReturned).toBe(1);
    const [variant] = await testDb().select().from(productVariants).where(eq(productVariants.id, variantId));
    expect(variant!.stock).toBe(8); // 10 − 3 sold + 1 returned
    expect(await balanceOf(order.userId)).toBe(5_000_000);
    expect(await checkInventory(testDb(), { variantIds: [variantId] })).toEqual([]);
  });

  it('writes damaged units off without touching stock', async () => {
    const { order, item, variantId } = await deliveredOrder({ quantity: 2, stock: 5 });
    await requestReturn(testDb(), {
      orderId: order.id,
      userId: order.userId,
      input: { items: [{ orderItemId: item.id, quantity: 2 }], reason: 'Llegaron rotos' },
    });
    const admin = await createTestUser(testDb(), { role: 'ADMIN' });
    await decideReturn(testDb(), {
      orderId: order.id,
      actorId: admin.id,
      input: {
        decision: 'APPROVE',
        items: [{ orderItemId: item.id, quantity: 2, restock: false }],
        refund: 'MANUAL',
        refundReference: 'Transferencia 123',
      },
    });
    const [variant] = await testDb().select().from(productVariants).where(eq(productVariants.id, variantId));
    expect(variant!.stock).toBe(3);
    expect(await balanceOf(order.userId)).toBe(0);
  });

  it('applies once when two admins approve at the same time; the other gets MKT-STATE', async () => {
    const pool = createConcurrentPool(4);
    const { order, item } = await deliveredOrder({ quantity: 2 });
    await requestReturn(pool, {
      orderId: order.id,
      userId: order.userId,
      input: { items: [{ orderItemId: item.id, quantity: 2 }], reason: 'No era lo que esperaba' },
    });
    const admin = await createTestUser(pool, { role: 'ADMIN' });
    const results = await Promise.allSettled(
      [0, 1].map(() => decideReturn(pool, { orderId: order.id, actorId: admin.id, input: { decision: 'APPROVE' } })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason).toMatchObject({
      code: 'MKT-STATE',
    });
    expect(await balanceOf(order.userId)).toBe(10_000_000);
  });

  it('rejects with a reason → RETURN_REJECTED', async () => {
    const { order, item } = await deliveredOrder();
    await requestReturn(testDb(), {
      orderId: order.id,
      userId: order.userId,
      input: { items: [{ orderItemId: item.id, quantity: 1 }], reason: 'No me gustó' },
    });
    const admin = await createTestUser(testDb(), { role: 'ADMIN' });
    await expect(
      decideReturn(testDb(), { orderId: order.id, actorId: admin.id, input: { decision: 'REJECT' } }),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
    await decideReturn(testDb(), {
      orderId: order.id,
      actorId: admin.id,
      input: { decision: 'REJECT', reason: 'El producto fue abierto y usado' },
    });
    const [after] = await testDb().select().from(orders).where(eq(orders.id, order.id));
    expect(after!.status).toBe('RETURN_REJECTED');
  });
});

describe('store credit', () => {
  async function shopperWithCredit(amountCents: number) {
    const user = await createTestUser(testDb());
    await testDb().transaction((tx) =>
      addCreditEntry(tx, { userId: user.id, kind: 'COMPENSATION', amountCents, reason: 'Saldo de prueba' }),
    );
    return user;
  }

  it('never lets concurrent spending take the balance below zero', async () => {
    const pool = createConcurrentPool(20);
    const user = await shopperWithCredit(10_000_000);
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () =>
        pool.transaction((tx) =>
          addCreditEntry(tx, { userId: user.id, kind: 'DEBIT', amountCents: -3_000_000, reason: 'compra' }),
        ),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
    expect(
      results
        .filter((r) => r.status === 'rejected')
        .every((r) => (r as PromiseRejectedResult).reason.code === 'MKT-CREDIT-INSUFFICIENT'),
    ).toBe(true);
    const [account] = await pool.select().from(creditAccounts).where(eq(creditAccounts.userId, user.id));
    expect(account!.balanceCents).toBe(1_000_000);
    const [sum] = await pool
      .select({ total: sql<string>`SUM(amount_cents)` })
      .from(creditEntries)
      .where(eq(creditEntries.userId, user.id));
    expect(Number(sum!.total)).toBe(1_000_000);
  });

  it('spends only what exists when two checkouts race with useCredit', async () => {
    const pool = createConcurrentPool(10);
    const { variants } = await createTestProduct(pool, { variants: [{ initialStock: 50, priceCents: 6_000_000 }] });
    const user = await shopperWithCredit(10_000_000);
    await createOrderIn(pool, {
      userId: user.id,
      lines: [{ variantId: variants[0]!.id, quantity: 1 }],
      to: 'PENDING_PAYMENT',
      input: { useCredit: true },
    });
    // The second checkout, racing a refill of the cart, can only use what is left.
    const second = await createOrderIn(pool, {
      userId: user.id,
      lines: [{ variantId: variants[0]!.id, quantity: 1 }],
      to: 'PENDING_PAYMENT',
      input: { useCredit: true },
    });
    expect(second.creditAppliedCents).toBe(4_000_000);
    expect(second.totalCents).toBe(2_000_000);
    expect(await balanceOf(user.id)).toBe(0);
  });

  it('pays a credit-only order at once (PAID, stock captured) with no Wompi step', async () => {
    const { variants } = await createTestProduct(testDb(), { variants: [{ initialStock: 4, priceCents: 3_000_000 }] });
    const user = await shopperWithCredit(5_000_000);
    const order = await createOrderIn(testDb(), {
      userId: user.id,
      lines: [{ variantId: variants[0]!.id, quantity: 1 }],
      to: 'PENDING_PAYMENT',
      input: { useCredit: true },
    });
    expect(order).toMatchObject({ status: 'PAID', creditAppliedCents: 3_000_000, totalCents: 0 });
    const [variant] = await testDb().select().from(productVariants).where(eq(productVariants.id, variants[0]!.id));
    expect(variant).toMatchObject({ stock: 3, reservedStock: 0 });
    expect(await balanceOf(user.id)).toBe(2_000_000);
  });

  it('gives credit back exactly once when cancel and expiry race', async () => {
    const pool = createConcurrentPool(6);
    const { variants } = await createTestProduct(pool, { variants: [{ initialStock: 5, priceCents: 8_000_000 }] });
    const user = await shopperWithCredit(3_000_000);
    const order = await createOrderIn(pool, {
      userId: user.id,
      lines: [{ variantId: variants[0]!.id, quantity: 1 }],
      to: 'PENDING_PAYMENT',
      input: { useCredit: true },
    });
    expect(order.creditAppliedCents).toBe(3_000_000);
    expect(await balanceOf(user.id)).toBe(0);
    await pool.execute(
      sql`UPDATE orders SET reservation_expires_at = now() - interval '1 second' WHERE id = ${order.id}`,
    );

    await Promise.allSettled([
      cancelOrderByCustomer(pool, { orderId: order.id, userId: user.id }),
      releaseExpiredReservation(pool, { orderId: order.id }),
      releaseExpiredReservation(pool, { orderId: order.id }),
    ]);

    expect(await balanceOf(user.id)).toBe(3_000_000);
    const reversals = await pool.select().from(creditEntries).where(eq(creditEntries.orderId, order.id));
    expect(reversals.filter((e) => e.kind === 'REVERSAL')).toHaveLength(1);
    expect(await checkInventory(pool, { variantIds: [variants[0]!.id] })).toEqual([]);
  });
});

describe('resolveRefundDue', () => {
  it('settles a refund due once, as store credit', async () => {
    const { variants } = await createTestProduct(testDb(), { variants: [{ initialStock: 3 }] });
    const order = await createOrderIn(testDb(), { lines: [{ variantId: variants[0]!.id, quantity: 1 }], to: 'PAID' });
    await oweRefund(testDb(), {
      orderId: order.id,
      amountCents: order.totalCents,
      sourceKey: 'txn:dup',
      reason: 'DUPLICATE_PAYMENT',
    });
    const admin = await createTestUser(testDb(), { role: 'ADMIN' });
    await resolveRefundDue(testDb(), { orderId: order.id, actorId: admin.id, input: { method: 'STORE_CREDIT' } });
    expect(await balanceOf(order.userId)).toBe(order.totalCents);
    await expect(
      resolveRefundDue(testDb(), { orderId: order.id, actorId: admin.id, input: { method: 'STORE_CREDIT' } }),
    ).rejects.toMatchObject({ code: 'MKT-STATE' });
  });
});
