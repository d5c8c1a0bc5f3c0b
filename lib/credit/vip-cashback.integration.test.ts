import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditEntries, orderItems, orders, users } from '@/db/schema';
import { createPendingOrder } from '@/lib/admin/testing/admin-fixtures';
import { transitionAdminOrder } from '@/lib/admin/orders/transition-admin-order';
import { cancelOrderByCustomer } from '@/lib/orders/cancel-order';
import { getOrderJsonForOwner } from '@/lib/orders/get-order-json';
import { lockOrder } from '@/lib/orders/lock-order';
import { transitionOrder } from '@/lib/orders/transition-order';
import { createPaymentSessionForOrder } from '@/lib/payments/create-payment-session';
import { decideReturn } from '@/lib/returns/decide-return';
import { requestReturn } from '@/lib/returns/request-return';
import { createTestUser } from '@/lib/testing/fixtures';
import { testDb } from '@/lib/testing/test-db';
import { startWompiHarness } from '@/lib/testing/wompi-harness';
import { getCreditStatement } from './credit-ledger';
import { cashbackCents } from './vip-cashback';

let wompi: Awaited<ReturnType<typeof startWompiHarness>>;
beforeAll(async () => {
  wompi = await startWompiHarness(testDb());
});
afterAll(async () => wompi.close());

const nextYear = `${new Date().getUTCFullYear() + 1}-12-31`;

/** A pending order paid through the fake Wompi (approval over a real signed webhook). */
async function paidThroughWompi(args: { vip: boolean; quantity?: number }) {
  const pending = await createPendingOrder(testDb(), { quantity: args.quantity ?? 2, priceCents: 5_000_000 });
  if (args.vip) await testDb().update(users).set({ vipUntil: nextYear }).where(eq(users.id, pending.userId));
  const [order] = await testDb().select().from(orders).where(eq(orders.id, pending.order.id));
  const session = await testDb().transaction((tx) => createPaymentSessionForOrder(tx, order!));
  await wompi.control('/transactions', {
    reference: session.reference,
    amountInCents: session.amountInCents,
    status: 'APPROVED',
    deliver: true,
    wait: true,
  });
  return { ...pending, order: order!, paidCents: session.amountInCents };
}

const balanceOf = async (userId: string) => (await getCreditStatement(testDb(), { userId })).balanceCents;
const entriesOf = (orderId: string) => testDb().select().from(creditEntries).where(eq(creditEntries.orderId, orderId));

describe('VIP cashback', () => {
  it('rounds down to whole pesos', () => {
    expect(cashbackCents(9_990_000, 1)).toBe(99_900);
    expect(cashbackCents(12_345_600, 1)).toBe(123_400);
    expect(cashbackCents(0, 1)).toBe(0);
  });

  it('grants 1 % of the Wompi payment to a VIP, once, shown on the order; nothing for a non-VIP', async () => {
    const vip = await paidThroughWompi({ vip: true });
    const expected = cashbackCents(vip.paidCents, 1);
    expect(expected).toBeGreaterThan(0);
    expect(await balanceOf(vip.userId)).toBe(expected);
    expect((await entriesOf(vip.order.id)).filter((e) => e.kind === 'CASHBACK')).toHaveLength(1);
    const json = await getOrderJsonForOwner(testDb(), { orderId: vip.order.id, ownerId: vip.userId });
    expect(json.cashback).toEqual({ grantedCents: expected, revokedCents: 0 });

    const regular = await paidThroughWompi({ vip: false });
    expect(await balanceOf(regular.userId)).toBe(0);
    expect(
      (await getOrderJsonForOwner(testDb(), { orderId: regular.order.id, ownerId: regular.userId })).cashback,
    ).toBeNull();
  });

  it('is taken back (unspent part) when the shopper cancels the paid order', async () => {
    const vip = await paidThroughWompi({ vip: true });
    const cashback = cashbackCents(vip.paidCents, 1);
    await cancelOrderByCustomer(testDb(), { orderId: vip.order.id, userId: vip.userId });
    // The amount paid comes back as credit; the cashback goes away.
    expect(await balanceOf(vip.userId)).toBe(vip.paidCents);
    const revoked = (await entriesOf(vip.order.id)).filter((e) => e.kind === 'CASHBACK_REVOKED');
    expect(revoked.map((e) => e.amountCents)).toEqual([-cashback]);
    expect((await getOrderJsonForOwner(testDb(), { orderId: vip.order.id, ownerId: vip.userId })).cashback).toEqual({
      grantedCents: cashback,
      revokedCents: cashback,
    });
  });

  it('is taken back when staff cancel, and when the order is fully refunded, but not on a partial return', async () => {
    const admin = await createTestUser(testDb(), { role: 'ADMIN' });
    const staffCancelled = await paidThroughWompi({ vip: true });
    await transitionAdminOrder(testDb(), {
      orderId: staffCancelled.order.id,
      input: { to: 'CANCELLED', reason: 'Sin existencias' },
      actor: { id: admin.id },
    });
    expect(await balanceOf(staffCancelled.userId)).toBe(0);

    const returned = await paidThroughWompi({ vip: true, quantity: 2 });
    const cashback = cashbackCents(returned.paidCents, 1);
    await testDb().transaction(async (tx) => {
      let order = (await lockOrder(tx, { orderId: returned.order.id }))!;
      for (const to of ['PREPARING', 'SHIPPED', 'DELIVERED'] as const) {
        order = await transitionOrder(tx, {
          order,
          to,
          actor: { type: 'STAFF', id: admin.id },
          patch: to === 'DELIVERED' ? { deliveredAt: new Date() } : to === 'SHIPPED' ? { trackingNumber: 'G1' } : {},
        });
      }
    });
    const [line] = await testDb().select().from(orderItems).where(eq(orderItems.orderId, returned.order.id));
    const ask = (quantity: number) =>
      requestReturn(testDb(), {
        orderId: returned.order.id,
        userId: returned.userId,
        input: { items: [{ orderItemId: line!.id, quantity }], reason: 'No me sirvió' },
      });
    await ask(1);
    await decideReturn(testDb(), { orderId: returned.order.id, actorId: admin.id, input: { decision: 'APPROVE' } });
    const revokedAfterPartial = await testDb()
      .select()
      .from(creditEntries)
      .where(and(eq(creditEntries.orderId, returned.order.id), eq(creditEntries.kind, 'CASHBACK_REVOKED')));
    expect(revokedAfterPartial).toEqual([]);
    await ask(1);
    await decideReturn(testDb(), { orderId: returned.order.id, actorId: admin.id, input: { decision: 'APPROVE' } });
    const revoked = await testDb()
      .select()
      .from(creditEntries)
      .where(and(eq(creditEntries.orderId, returned.order.id), eq(creditEntries.kind, 'CASHBACK_REVOKED')));
    expect(revoked.map((e) => e.amountCents)).toEqual([-cashback]);
  });
});
