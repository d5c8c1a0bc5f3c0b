import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, orderRefundEntries, orders, voucherRedemptions, vouchers } from '@/db/schema';
import { getAdminOrder } from '@/lib/admin/orders/get-admin-order';
import { transitionAdminOrder } from '@/lib/admin/orders/transition-admin-order';
import { placeOrder } from '@/lib/checkout/place-order';
import { getCreditStatement } from '@/lib/credit/credit-ledger';
import { releaseExpiredReservation } from '@/lib/orders/expire-reservations';
import { createPaymentSessionForOrder } from '@/lib/payments/create-payment-session';
import { oweRefund } from '@/lib/returns/refund-ledger';
import { resolveRefundDue } from '@/lib/returns/resolve-refund-due';
import { createOrderIn, createShoppersWithCarts, createTestVoucher } from '@/lib/testing/commerce-fixtures';
import { createTestProduct, createTestUser } from '@/lib/testing/fixtures';
import { createConcurrentPool, testDb } from '@/lib/testing/test-db';
import { startWompiHarness } from '@/lib/testing/wompi-harness';

type Harness = Awaited<ReturnType<typeof startWompiHarness>>;
let wompi: Harness;
beforeAll(async () => {
  wompi = await startWompiHarness(testDb());
});
afterAll(async () => wompi.close());

const orderOf = async (id: string) => (await testDb().select().from(orders).where(eq(orders.id, id)))[0]!;
const balanceOf = async (userId: string) => (await getCreditStatement(testDb(), { userId })).balanceCents;

async function paidOrder() {
  const { variants } = await createTestProduct(testDb(), { variants: [{ initialStock: 5, priceCents: 4_990_000 }] });
  return createOrderIn(testDb(), { lines: [{ variantId: variants[0]!.id, quantity: 1 }], to: 'PAID' });
}

describe('money owed is a ledger', () => {
  it('a duplicate payment settled as credit, then a staff cancel: owes T once more, never 2T (the issue’s 3T-for-2T case)', async () => {
    const db = testDb();
    const order = await paidOrder();
    const admin = await createTestUser(db, { role: 'ADMIN' });
    const T = order.totalCents;
    await oweRefund(db, { orderId: order.id, amountCents: T, sourceKey: 'txn:duplicate', reason: 'DUPLICATE_PAYMENT' });
    await resolveRefundDue(db, { orderId: order.id, actorId: admin.id, input: { method: 'STORE_CREDIT' } });
    expect(await orderOf(order.id)).toMatchObject({ refundDueCents: 0 });

    await transitionAdminOrder(db, { orderId: order.id, input: { to: 'CANCELLED' }, actor: { id: admin.id } });
    expect(await orderOf(order.id)).toMatchObject({ status: 'CANCELLED', refundDueCents: T, refundResolvedAt: null });
    await resolveRefundDue(db, { orderId: order.id, actorId: admin.id, input: { method: 'STORE_CREDIT' } });
    // 2T received (order + duplicate), 2T given back.
    expect(await balanceOf(order.userId)).toBe(2 * T);
    const entries = await db.select().from(orderRefundEntries).where(eq(orderRefundEntries.orderId, order.id));
    expect(entries.map((e) => [e.kind, e.amountCents])).toEqual([
      ['OWED', T],
      ['PAID', T],
      ['OWED', T],
      ['PAID', T],
    ]);
  });

  it('a refund resolved twice, even concurrently, is paid once', async () => {
    const order = await paidOrder();
    const admin = await createTestUser(testDb(), { role: 'ADMIN' });
    await oweRefund(testDb(), {
      orderId: order.id,
      amountCents: order.totalCents,
      sourceKey: 'txn:dup2',
      reason: 'DUPLICATE_PAYMENT',
    });
    const pool = createConcurrentPool(4);
    const results = await Promise.allSettled(
      Array.from({ length: 4 }, () =>
        resolveRefundDue(pool, { orderId: order.id, actorId: admin.id, input: { method: 'STORE_CREDIT' } }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason.code)).toEqual(
      ['MKT-STATE', 'MKT-STATE', 'MKT-STATE'],
    );
    expect(await balanceOf(order.userId)).toBe(order.totalCents);
    await expect(
      resolveRefundDue(testDb(), { orderId: order.id, actorId: admin.id, input: { method: 'MANUAL', reference: 'X' } }),
    ).rejects.toMatchObject({ code: 'MKT-STATE', status: 409 });
  });

  it('the database itself refuses paying more than owed, writing the due directly, and rewriting the ledger', async () => {
    const db = testDb();
    const order = await paidOrder();
    const admin = await createTestUser(db, { role: 'ADMIN' });
    await oweRefund(db, { orderId: order.id, amountCents: 10_000, sourceKey: 'txn:a', reason: 'DUPLICATE_PAYMENT' });
    // A replay of the same fact adds nothing.
    expect(
      await oweRefund(db, { orderId: order.id, amountCents: 10_000, sourceKey: 'txn:a', reason: 'DUPLICATE_PAYMENT' }),
    ).toBe(false);
    expect(await orderOf(order.id)).toMatchObject({ refundDueCents: 10_000 });
    const pay = (amount: number, key: string) =>
      db.insert(orderRefundEntries).values({
        orderId: order.id,
        kind: 'PAID',
        amountCents: amount,
        sourceKey: key,
        reason: 'MANUAL',
        actorId: admin.id,
      });
    await pay(10_000, 'p1');
    await expect(pay(10_000, 'p2')).rejects.toMatchObject({ cause: { code: '23514' } });
    await expect(db.update(orders).set({ refundDueCents: 99 }).where(eq(orders.id, order.id))).rejects.toMatchObject({
      cause: { code: '23514' },
    });
    await expect(
      db.execute(sql`UPDATE order_refund_entries SET amount_cents = 1 WHERE order_id = ${order.id}`),
    ).rejects.toMatchObject({ cause: { code: '23514' } });
    await expect(db.execute(sql`DELETE FROM order_refund_entries WHERE order_id = ${order.id}`)).rejects.toMatchObject({
      cause: { code: '23514' },
    });
    expect(await orderOf(order.id)).toMatchObject({ refundDueCents: 0 });
  });
});

describe('payments that owe', () => {
  async function pendingOrder(args: { voucherCode?: string; userId?: string; variantId?: string } = {}) {
    const db = testDb();
    const variantId =
      args.variantId ??
      (await createTestProduct(db, { variants: [{ initialStock: 5, priceCents: 4_990_000 }] })).variants[0]!.id;
    const [userId] = await createShoppersWithCarts(db, { count: 1, lines: () => [{ variantId, quantity: 1 }] });
    const { order, payment } = await db.transaction(async (tx) => {
      const placed = await placeOrder(tx, {
        userId: userId!,
        input: { deliveryOption: 'PICKUP', ...(args.voucherCode ? { voucherCode: args.voucherCode } : {}) },
      });
      return { order: placed, payment: await createPaymentSessionForOrder(tx, placed) };
    });
    return { order, payment, variantId };
  }

  it('an amount mismatch goes to FRAUD_ALERT and owes what was received', async () => {
    const { order, payment } = await pendingOrder();
    await wompi.control('/transactions', {
      reference: payment.reference,
      amountInCents: 100_000,
      status: 'APPROVED',
      deliver: true,
      wait: true,
    });
    expect(await orderOf(order.id)).toMatchObject({
      status: 'FRAUD_ALERT',
      refundDueCents: 100_000,
      paymentIssue: 'AMOUNT_MISMATCH',
    });
  });

  it('a late capture with a voucher used up meanwhile: honoured, recorded over the limit, shown to staff', async () => {
    const db = testDb();
    const voucher = await createTestVoucher(db, { maxUses: 1 });
    const { order, payment, variantId } = await pendingOrder({ voucherCode: voucher.code });
    expect((await db.select().from(vouchers).where(eq(vouchers.id, voucher.id)))[0]!.usesCount).toBe(1);
    await db.execute(
      sql`UPDATE orders SET reservation_expires_at = now() - interval '1 minute' WHERE id = ${order.id}`,
    );
    expect(await releaseExpiredReservation(db, { orderId: order.id })).toBe(true);
    // The use given back on expiry goes to another shopper.
    await pendingOrder({ voucherCode: voucher.code, variantId });
    expect((await db.select().from(vouchers).where(eq(vouchers.id, voucher.id)))[0]!.usesCount).toBe(1);

    await wompi.control('/transactions', {
      reference: payment.reference,
      amountInCents: payment.amountInCents,
      status: 'APPROVED',
      deliver: true,
      wait: true,
    });
    expect(await orderOf(order.id)).toMatchObject({ status: 'PAID', refundDueCents: 0 });
    const [redemption] = await db.select().from(voucherRedemptions).where(eq(voucherRedemptions.orderId, order.id));
    expect(redemption).toMatchObject({ releasedAt: null, overLimitAt: expect.any(Date) });
    // Never counted past the limit (the check constraint holds), never silent.
    expect((await db.select().from(vouchers).where(eq(vouchers.id, voucher.id)))[0]!.usesCount).toBe(1);
    const audit = await db.select().from(auditLog).where(eq(auditLog.entityId, order.id));
    expect(audit.map((a) => a.action)).toContain('voucher.over_limit');
    expect((await getAdminOrder(db, order.id)).voucherOverLimitAt).toBeInstanceOf(Date);
  });

  it('a late capture with the voucher still available takes its use again', async () => {
    const db = testDb();
    const voucher = await createTestVoucher(db, { maxUses: 5 });
    const { order, payment } = await pendingOrder({ voucherCode: voucher.code });
    await db.execute(
      sql`UPDATE orders SET reservation_expires_at = now() - interval '1 minute' WHERE id = ${order.id}`,
    );
    await releaseExpiredReservation(db, { orderId: order.id });
    expect((await db.select().from(vouchers).where(eq(vouchers.id, voucher.id)))[0]!.usesCount).toBe(0);
    await wompi.control('/transactions', {
      reference: payment.reference,
      amountInCents: payment.amountInCents,
      status: 'APPROVED',
      deliver: true,
      wait: true,
    });
    expect(await orderOf(order.id)).toMatchObject({ status: 'PAID' });
    expect((await db.select().from(vouchers).where(eq(vouchers.id, voucher.id)))[0]!.usesCount).toBe(1);
    const [redemption] = await db.select().from(voucherRedemptions).where(eq(voucherRedemptions.orderId, order.id));
    expect(redemption).toMatchObject({ releasedAt: null, overLimitAt: null });
  });
});
