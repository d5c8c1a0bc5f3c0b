import { describe, expect, it } from 'vitest';
import { createPaidOrder, createPendingOrder } from '@/lib/admin/testing/admin-fixtures';
import { applyPaymentTransaction } from '@/lib/payments/apply-payment-transaction';
import { createPaymentSessionForOrder } from '@/lib/payments/create-payment-session';
import { captureLog } from '@/lib/testing/capture-log';
import { testDb } from '@/lib/testing/test-db';
import { lockOrder } from './lock-order';
import { transitionOrder } from './transition-order';

/*
 * #10: the log lines an operator relies on are asserted, not just emitted: a refused transition and
 * a failed payment each leave one structured line with the order, the user and the request id.
 */
describe('operation logs (#10)', () => {
  it('a refused transition logs order, user, actor, from and to with the request id', async () => {
    const { order, userId } = await createPaidOrder(testDb(), { quantity: 1 });
    const capture = captureLog();
    const log = capture.log.child({ requestId: 'req-refused-1' });
    await expect(
      testDb().transaction(async (tx) =>
        transitionOrder(tx, {
          order: (await lockOrder(tx, { orderId: order.id }))!,
          to: 'DELIVERED',
          actor: { type: 'STAFF', id: userId },
          log,
        }),
      ),
    ).rejects.toMatchObject({ code: 'MKT-STATE', status: 409 });
    const [line, ...rest] = capture.find('order.transition_refused');
    expect(rest).toEqual([]);
    expect(line).toMatchObject({
      level: 40,
      requestId: 'req-refused-1',
      orderId: order.id,
      userId,
      actorId: userId,
      from: 'PAID',
      to: 'DELIVERED',
    });
    expect(capture.find('order.transition')).toEqual([]);
  });

  it('a declined payment logs payment.failed with the reason and payment.applied with the outcome', async () => {
    const { order, userId } = await createPendingOrder(testDb(), { quantity: 1 });
    const session = await testDb().transaction((tx) => createPaymentSessionForOrder(tx, order));
    const capture = captureLog();
    const log = capture.log.child({ requestId: 'req-declined-1' });
    const transaction = {
      id: 'trx-declined-log-1',
      amount_in_cents: session.amountInCents,
      reference: session.reference,
      currency: 'COP',
      payment_method_type: 'CARD',
      status: 'DECLINED' as const,
      status_message: 'Fondos insuficientes',
    };
    await applyPaymentTransaction(testDb(), { transaction, source: 'webhook', log });

    const [failed, ...more] = capture.find('payment.failed');
    expect(more).toEqual([]);
    expect(failed).toMatchObject({
      level: 40,
      requestId: 'req-declined-1',
      orderId: order.id,
      userId,
      transactionId: 'trx-declined-log-1',
      status: 'DECLINED',
      statusMessage: 'Fondos insuficientes',
      source: 'webhook',
    });
    expect(capture.find('payment.applied')).toEqual([
      expect.objectContaining({ orderId: order.id, status: 'DECLINED', outcome: 'RECORDED' }),
    ]);

    // The same fact again is a duplicate: no second failure line.
    await applyPaymentTransaction(testDb(), { transaction, source: 'reconcile', log });
    expect(capture.find('payment.failed')).toHaveLength(1);
  });
});
