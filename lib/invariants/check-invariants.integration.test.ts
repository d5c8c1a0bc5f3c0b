import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { creditAccounts, inventoryMovements, orders, productVariants } from '@/db/schema';
import { placeOrder } from '@/lib/checkout/place-order';
import { addCreditEntry } from '@/lib/credit/credit-ledger';
import { cancelOrderByCustomer } from '@/lib/orders/cancel-order';
import { captureOrder } from '@/lib/orders/capture-order';
import { lockOrder } from '@/lib/orders/lock-order';
import { createShoppersWithCarts } from '@/lib/testing/commerce-fixtures';
import { createTestProduct, createTestUser } from '@/lib/testing/fixtures';
import { testDb } from '@/lib/testing/test-db';
import { checkInvariants } from './check-invariants';

/**
 * The checker used by the fault suite (scripts/test-faults.ts): clean after real checkouts, payments,
 * cancels and credit moves, and it names each kind of corruption a crash could leave behind.
 */
describe('checkInvariants', () => {
  async function storeWithActivity() {
    const db = testDb();
    const { variants } = await createTestProduct(db, { variants: [{ initialStock: 20 }, { initialStock: 20 }] });
    const [a, b] = variants.map((v) => v.id) as [string, string];
    const [pending, paid, cancelled] = await createShoppersWithCarts(db, {
      count: 3,
      lines: () => [
        { variantId: a, quantity: 2 },
        { variantId: b, quantity: 1 },
      ],
    });
    const place = (userId: string) =>
      db.transaction((tx) => placeOrder(tx, { userId, input: { deliveryOption: 'PICKUP' } }));
    const pendingOrder = await place(pending!);
    const paidOrder = await place(paid!);
    const cancelledOrder = await place(cancelled!);
    await db.transaction(async (tx) => {
      const order = await lockOrder(tx, { orderId: paidOrder.id });
      await captureOrder(tx, { order: order!, actor: { type: 'SYSTEM' }, reason: 'test capture' });
    });
    await cancelOrderByCustomer(db, { orderId: cancelledOrder.id, userId: cancelled! });
    const shopper = await createTestUser(db);
    await db.transaction((tx) =>
      addCreditEntry(tx, { userId: shopper.id, kind: 'COMPENSATION', amountCents: 500_000, reason: 'test' }),
    );
    return { db, a, pendingOrder, paidOrder, cancelledOrder, shopper };
  }

  it('finds nothing wrong after checkouts, a capture, a cancel and a credit entry', async () => {
    const { db } = await storeWithActivity();
    expect(await checkInvariants(db)).toEqual([]);
  });

  it('names a counter that drifted from the ledger, a lost reservation row, a lost capture and a credit drift', async () => {
    const { db, a, pendingOrder, paidOrder, shopper } = await storeWithActivity();
    await db
      .update(productVariants)
      .set({ stock: sql`${productVariants.stock} + 1` })
      .where(eq(productVariants.id, a));
    await db.execute(
      sql`DELETE FROM ${inventoryMovements} WHERE ${inventoryMovements.orderId} = ${pendingOrder.id} AND ${inventoryMovements.variantId} = ${a}`,
    );
    await db.execute(
      sql`DELETE FROM ${inventoryMovements} WHERE ${inventoryMovements.orderId} = ${paidOrder.id} AND ${inventoryMovements.type} = 'SALE' AND ${inventoryMovements.variantId} = ${a}`,
    );
    await db.update(creditAccounts).set({ balanceCents: 900_000 }).where(eq(creditAccounts.userId, shopper.id));

    const found = new Set((await checkInvariants(db)).map((v) => v.invariant));
    expect(found).toEqual(
      new Set([
        'stock counters equal the ledger',
        'order reservation matches its status',
        'paid order captured exactly its items',
        'credit balance equals its ledger',
      ]),
    );
  });

  it('names a sale on an order that was never paid', async () => {
    const { db, pendingOrder } = await storeWithActivity();
    await db.update(orders).set({ status: 'CANCELLED' }).where(eq(orders.id, pendingOrder.id));
    await db.update(orders).set({ status: 'PAID' }).where(eq(orders.id, pendingOrder.id));
    const violations = await checkInvariants(db);
    expect(violations.map((v) => v.invariant)).toContain('paid order captured exactly its items');
  });

  it('with settled: names undelivered outbox rows', async () => {
    const { db } = await storeWithActivity();
    const violations = await checkInvariants(db, { settled: true });
    expect(violations.some((v) => v.invariant === 'every due outbox row delivered')).toBe(true);
  });
});
