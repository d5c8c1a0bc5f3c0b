import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { emailMessages, notifications, outbox } from '@/db/schema';
import { createPaidOrder, createPendingOrder } from '@/lib/admin/testing/admin-fixtures';
import { logger } from '@/lib/logger';
import { cancelOrderByCustomer } from '@/lib/orders/cancel-order';
import { applyPaymentTransaction } from '@/lib/payments/apply-payment-transaction';
import { createPaymentSessionForOrder } from '@/lib/payments/create-payment-session';
import { createTestUser } from '@/lib/testing/fixtures';
import { testDb } from '@/lib/testing/test-db';
import { EMBEDDED_HANDLERS } from './embedded-handlers';
import { sendRefundDueDigest } from './notify-refund-due';

/** Runs the embedded consumer of every outbox event named `name` for this order, as the relay would (twice). */
async function deliver(name: string, orderId: string) {
  const rows = await testDb()
    .select()
    .from(outbox)
    .where(and(eq(outbox.name, name), sql`${outbox.payload}->>'orderId' = ${orderId}`));
  expect(rows.length).toBeGreaterThan(0);
  const handler = EMBEDDED_HANDLERS[name]!;
  for (const row of [...rows, ...rows])
    await handler.run(testDb(), handler.schema.parse(row.payload), { eventId: row.eventId, log: logger });
}

const bellsOf = (userId: string, kind: 'PAYMENT_DECLINED' | 'REFUND_DUE' | 'REFUND_DUE_DIGEST') =>
  testDb()
    .select()
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.kind, kind)));

describe('notices that were missing', () => {
  it('a declined payment tells the shopper once (bell + email) with the way to pay again', async () => {
    const { order, userId } = await createPendingOrder(testDb(), { quantity: 1 });
    const session = await testDb().transaction((tx) => createPaymentSessionForOrder(tx, order));
    await applyPaymentTransaction(testDb(), {
      transaction: {
        id: 'trx-declined-notice-1',
        amount_in_cents: session.amountInCents,
        reference: session.reference,
        currency: 'COP',
        status: 'DECLINED',
        status_message: 'Fondos insuficientes',
      },
      source: 'webhook',
    });
    await deliver('payment/failed', order.id);
    const bells = await bellsOf(userId, 'PAYMENT_DECLINED');
    expect(bells).toHaveLength(1);
    expect(bells[0]).toMatchObject({ href: `/cuenta/pedidos/${order.id}` });
    expect(bells[0]!.body).toContain('Puedes intentarlo de nuevo');
    const mails = await testDb()
      .select()
      .from(emailMessages)
      .where(and(eq(emailMessages.userId, userId), eq(emailMessages.kind, 'PAYMENT_DECLINED')));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain('Pagar de nuevo');
  });

  it('staff are told when a refund is owed, and get a daily digest of what is still owed', async () => {
    const admin = await createTestUser(testDb(), { role: 'ADMIN' });
    const staff = await createTestUser(testDb(), { role: 'STAFF' });
    const { order, userId } = await createPaidOrder(testDb(), { quantity: 1 });
    await cancelOrderByCustomer(testDb(), { orderId: order.id, userId, input: { refund: 'ORIGINAL_METHOD' } });
    await deliver('order/refund.due', order.id);
    for (const who of [admin.id, staff.id]) {
      const bells = await bellsOf(who, 'REFUND_DUE');
      expect(bells).toHaveLength(1);
      expect(bells[0]!.title).toContain(`#${order.number}`);
    }
    const now = new Date('2031-05-06T15:00:00Z');
    const digest = await sendRefundDueDigest(testDb(), { now });
    expect(digest.owed).toBeGreaterThan(0);
    await sendRefundDueDigest(testDb(), { now });
    expect(await bellsOf(admin.id, 'REFUND_DUE_DIGEST')).toHaveLength(1);
    const mails = await testDb()
      .select()
      .from(emailMessages)
      .where(eq(emailMessages.dedupeKey, `refund-due-digest:2031-05-06:${admin.id}`));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain(`#${order.number}`);
  });
});
