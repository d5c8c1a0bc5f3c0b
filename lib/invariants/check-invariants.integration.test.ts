import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { creditAccounts, inventoryMovements, orderRefundEntries, orders, productVariants } from '@/db/schema';
import { placeOrder } from '@/lib/checkout/place-order';
import { addCreditEntry } from '@/lib/credit/credit-ledger';
import { cancelOrderByCustomer } from '@/lib/orders/cancel-order';
import { applyPaymentTransaction } from '@/lib/payments/apply-payment-transaction';
import { createPaymentSessionForOrder } from '@/lib/payments/create-payment-session';
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
    // Paid the way the store is paid: an approved Wompi transaction applied to the order's attempt.
    const payment = await db.transaction((tx) => createPaymentSessionForOrder(tx, paidOrder));
    const approve = (id: string) =>
      applyPaymentTransaction(db, {
        transaction: {
          id,
          status: 'APPROVED',
          amount_in_cents: payment.amountInCents,
          reference: payment.reference,
          currency: 'COP',
        },
        source: 'test',
      });
    await approve(`trx-invariants-${paidOrder.id}`);
    await cancelOrderByCustomer(db, { orderId: cancelledOrder.id, userId: cancelled! });
    const shopper = await createTestUser(db);
    await db.transaction((tx) =>
      addCreditEntry(tx, { userId: shopper.id, kind: 'COMPENSATION', amountCents: 500_000, reason: 'test' }),
    );
    return { db, a, pendingOrder, paidOrder, cancelledOrder, shopper, approve };
  }

  it('finds nothing wrong after checkouts, a capture, a cancel and a credit entry', async () => {
    const { db } = await storeWithActivity();
    expect(await checkInvariants(db)).toEqual([]);
  });

  it('finds a second approval owed back, not applied twice', async () => {
    const { db, paidOrder, approve } = await storeWithActivity();
    expect((await approve(`trx-invariants-again-${paidOrder.id}`)).outcome).toBe('REFUND_DUE');
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
        'credit lots add up to the balance',
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
  it('names a second payment applied to one order, a refund above what was paid and a refund figure off its ledger', async () => {
    const { db, paidOrder, pendingOrder, approve } = await storeWithActivity();
    await approve(`trx-invariants-again-${paidOrder.id}`);
    // Corruptions no code path makes: a second capture and an amount owed that was never paid.
    await db.execute(
      sql`UPDATE payment_transactions SET outcome = 'CAPTURED' WHERE provider_transaction_id = ${`trx-invariants-again-${paidOrder.id}`}`,
    );
    await db.insert(orderRefundEntries).values({
      orderId: pendingOrder.id,
      kind: 'OWED',
      amountCents: 100_000,
      sourceKey: 'test:invented',
      reason: 'TEST',
    });
    // The column is kept by a trigger that refuses direct writes; only a bypass of triggers can drift it.
    await db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL session_replication_role = replica`);
      await tx.update(orders).set({ refundDueCents: 0 }).where(eq(orders.id, pendingOrder.id));
    });
    // Earlier tests left their own corruptions in this database: only this store's orders count here.
    const mine = (await checkInvariants(db)).filter(
      (v) => v.detail.includes(paidOrder.id) || v.detail.includes(pendingOrder.id),
    );
    const found = new Set(mine.map((v) => v.invariant));
    expect(found).toEqual(
      new Set([
        'paid order has exactly one payment applied',
        'refunds never above what was paid',
        'refund due equals its ledger',
      ]),
    );
  });

  it('with settled: names a reservation left past its expiry', async () => {
    const { db, pendingOrder } = await storeWithActivity();
    await db
      .update(orders)
      .set({ reservationExpiresAt: sql`now() - interval '2 minutes'` })
      .where(eq(orders.id, pendingOrder.id));
    const violations = await checkInvariants(db, { settled: true });
    expect(violations).toContainEqual({
      invariant: 'no reservation outlives its expiry',
      detail: expect.stringContaining(pendingOrder.id) as string,
    });
  });
});
