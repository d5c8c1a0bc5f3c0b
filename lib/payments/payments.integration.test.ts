import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orders, outbox, paymentAttempts, productVariants, processedPaymentEvents } from '@/db/schema';
import { placeOrder } from '@/lib/checkout/place-order';
import { checkInventory } from '@/lib/inventory/check-inventory';
import { logger } from '@/lib/logger';
import { releaseExpiredReservation } from '@/lib/orders/expire-reservations';
import { createShoppersWithCarts } from '@/lib/testing/commerce-fixtures';
import { createTestProduct } from '@/lib/testing/fixtures';
import { testDb } from '@/lib/testing/test-db';
import { FAKE_KEYS, startWompiHarness } from '@/lib/testing/wompi-harness';
import { createPaymentSessionForOrder } from './create-payment-session';
import { handleWompiWebhook } from './handle-wompi-webhook';
import { reconcilePayments } from './reconcile-payments';
import { syncWompiTransaction } from './sync-transaction';
import { eventChecksum } from './wompi/signature';

type Harness = Awaited<ReturnType<typeof startWompiHarness>>;
let wompi: Harness;

beforeAll(async () => {
  wompi = await startWompiHarness(testDb());
});
afterAll(async () => wompi.close());

async function pendingOrder(stock = 5, quantity = 1) {
  const db = testDb();
  const { variants } = await createTestProduct(db, { variants: [{ initialStock: stock, priceCents: 4_990_000 }] });
  const [userId] = await createShoppersWithCarts(db, {
    count: 1,
    lines: () => [{ variantId: variants[0]!.id, quantity }],
  });
  const { order, payment } = await db.transaction(async (tx) => {
    const placed = await placeOrder(tx, { userId: userId!, input: { deliveryOption: 'PICKUP' } });
    return { order: placed, payment: await createPaymentSessionForOrder(tx, placed) };
  });
  return { order, payment, variantId: variants[0]!.id, userId: userId! };
}

async function fakeTransaction(body: {
  reference: string;
  amountInCents: number;
  status?: string;
  deliver?: boolean;
  wait?: boolean;
}) {
  const { data } = await wompi.control('/transactions', { deliver: false, ...body });
  return data as { id: string };
}

const variantOf = async (id: string) =>
  (await testDb().select().from(productVariants).where(eq(productVariants.id, id)))[0]!;
const orderOf = async (id: string) => (await testDb().select().from(orders).where(eq(orders.id, id)))[0]!;

describe('Wompi approval', () => {
  it('captures the reservation into a sale and keeps the ledger consistent', async () => {
    const { order, payment, variantId } = await pendingOrder(5, 2);
    await fakeTransaction({
      reference: payment.reference,
      amountInCents: payment.amountInCents,
      status: 'APPROVED',
      deliver: true,
      wait: true,
    });

    expect(await orderOf(order.id)).toMatchObject({ status: 'PAID', reservationExpiresAt: null });
    expect(await variantOf(variantId)).toMatchObject({ stock: 3, reservedStock: 0 });
    expect(await checkInventory(testDb(), { variantIds: [variantId] })).toEqual([]);
  });

  it('applies one event delivered 50 times concurrently exactly once', async () => {
    const { order, payment, variantId } = await pendingOrder(5, 1);
    const trx = await fakeTransaction({
      reference: payment.reference,
      amountInCents: payment.amountInCents,
      status: 'APPROVED',
    });
    const pool = testDb();
    // The fake posts 50 copies of the signed event at once to the real handler over HTTP.
    const { data } = await wompi.control(`/transactions/${trx.id}/events`, { copies: 50 });
    const { deliveries } = data as { deliveries: Array<{ responseStatus: number | null }> };
    expect(deliveries).toHaveLength(50);
    expect(deliveries.every((d) => d.responseStatus === 200)).toBe(true);

    expect(await orderOf(order.id)).toMatchObject({ status: 'PAID' });
    expect(await variantOf(variantId)).toMatchObject({ stock: 4, reservedStock: 0 });
    const paidEvents = await pool
      .select()
      .from(outbox)
      .where(eq(outbox.eventId, `order-status:${order.id}:PAID`));
    expect(paidEvents).toHaveLength(1);
    const applied = await pool
      .select()
      .from(processedPaymentEvents)
      .where(eq(processedPaymentEvents.providerTransactionId, trx.id));
    expect(applied).toHaveLength(1);
  });

  it('answers 401 to a wrong checksum or an amount edited after signing, changing nothing', async () => {
    const { order, payment } = await pendingOrder();
    const trx = await fakeTransaction({
      reference: payment.reference,
      amountInCents: payment.amountInCents,
      status: 'APPROVED',
    });
    const transaction = {
      id: trx.id,
      status: 'APPROVED',
      amount_in_cents: payment.amountInCents,
      reference: payment.reference,
      currency: 'COP',
    };
    const properties = ['transaction.id', 'transaction.status', 'transaction.amount_in_cents'];
    const timestamp = 1_700_000_000;
    const checksum = eventChecksum(
      { data: { transaction }, signature: { properties }, timestamp },
      FAKE_KEYS.eventsSecret,
    );
    const event = (tx: object, sum: string) =>
      JSON.stringify({
        event: 'transaction.updated',
        data: { transaction: tx },
        environment: 'test',
        signature: { properties, checksum: sum },
        timestamp,
      });

    for (const rawBody of [
      event(transaction, 'f'.repeat(64)),
      event({ ...transaction, amount_in_cents: 100 }, checksum),
    ]) {
      await expect(
        handleWompiWebhook(testDb(), {
          rawBody,
          checksumHeader: null,
          log: logger,
          client: wompi.client,
          eventsSecret: FAKE_KEYS.eventsSecret,
        }),
      ).rejects.toMatchObject({ status: 401 });
    }
    expect(await orderOf(order.id)).toMatchObject({ status: 'PENDING_PAYMENT' });
    const applied = await testDb()
      .select()
      .from(processedPaymentEvents)
      .where(eq(processedPaymentEvents.providerTransactionId, trx.id));
    expect(applied).toHaveLength(0);
  });

  it('sends an order whose paid amount differs to FRAUD_ALERT without capturing stock', async () => {
    const { order, payment, variantId } = await pendingOrder(5, 1);
    await fakeTransaction({
      reference: payment.reference,
      amountInCents: payment.amountInCents - 100_000,
      status: 'APPROVED',
      deliver: true,
      wait: true,
    });

    expect(await orderOf(order.id)).toMatchObject({ status: 'FRAUD_ALERT' });
    expect(await variantOf(variantId)).toMatchObject({ stock: 5, reservedStock: 0 });
  });

  it('keeps a declined order payable and pays it on an approved retry under the same reference', async () => {
    const { order, payment } = await pendingOrder();
    await fakeTransaction({
      reference: payment.reference,
      amountInCents: payment.amountInCents,
      status: 'DECLINED',
      deliver: true,
      wait: true,
    });
    expect(await orderOf(order.id)).toMatchObject({ status: 'PENDING_PAYMENT' });

    await wompi.control('/reattempt', { reference: payment.reference, status: 'APPROVED', wait: true });
    expect(await orderOf(order.id)).toMatchObject({ status: 'PAID' });
  });
});

describe('late approval after the reservation expired', () => {
  async function expire(orderId: string) {
    await testDb().execute(
      sql`UPDATE orders SET reservation_expires_at = now() - interval '1 minute' WHERE id = ${orderId}`,
    );
    expect(await releaseExpiredReservation(testDb(), { orderId })).toBe(true);
  }

  it('re-reserves and captures when the stock is still there', async () => {
    const { order, payment, variantId } = await pendingOrder(5, 2);
    await expire(order.id);
    expect(await variantOf(variantId)).toMatchObject({ stock: 5, reservedStock: 0 });

    await fakeTransaction({
      reference: payment.reference,
      amountInCents: payment.amountInCents,
      status: 'APPROVED',
      deliver: true,
      wait: true,
    });
    expect(await orderOf(order.id)).toMatchObject({ status: 'PAID', refundDueCents: 0 });
    expect(await variantOf(variantId)).toMatchObject({ stock: 3, reservedStock: 0 });
  });

  it('records the payment and a refund due when the stock is gone', async () => {
    const { order, payment, variantId } = await pendingOrder(1, 1);
    await expire(order.id);
    // Someone else buys the last unit.
    const [buyer] = await createShoppersWithCarts(testDb(), { count: 1, lines: () => [{ variantId, quantity: 1 }] });
    await testDb().transaction((tx) => placeOrder(tx, { userId: buyer!, input: { deliveryOption: 'PICKUP' } }));

    await fakeTransaction({
      reference: payment.reference,
      amountInCents: payment.amountInCents,
      status: 'APPROVED',
      deliver: true,
      wait: true,
    });
    expect(await orderOf(order.id)).toMatchObject({
      status: 'CANCELLED',
      paymentIssue: 'PAID_WITHOUT_STOCK',
      refundDueCents: payment.amountInCents,
    });
    expect(await variantOf(variantId)).toMatchObject({ stock: 1, reservedStock: 1 });
    const [attempt] = await testDb()
      .select()
      .from(paymentAttempts)
      .where(eq(paymentAttempts.reference, payment.reference));
    expect(attempt!.status).toBe('APPROVED');
  });
});

describe('Wompi outages (#6)', () => {
  it('answers 503 when the confirmation call times out, then succeeds on retry', async () => {
    const { order, payment } = await pendingOrder();
    const trx = await fakeTransaction({
      reference: payment.reference,
      amountInCents: payment.amountInCents,
      status: 'APPROVED',
    });
    await wompi.control('/faults', { delayMs: 3000 });
    await expect(
      syncWompiTransaction(testDb(), { transactionId: trx.id, source: 'webhook', client: wompi.client }),
    ).rejects.toMatchObject({ code: 'MKT-PAYMENT-UNAVAILABLE', status: 503 });
    expect(await orderOf(order.id)).toMatchObject({ status: 'PENDING_PAYMENT' });

    await wompi.control('/faults', { delayMs: 0 });
    await new Promise((r) => setTimeout(r, 300)); // let the breaker half-open
    await syncWompiTransaction(testDb(), { transactionId: trx.id, source: 'webhook', client: wompi.client });
    expect(await orderOf(order.id)).toMatchObject({ status: 'PAID' });
  });

  it('reconciliation finds an approval whose webhook never arrived', async () => {
    const { order, payment } = await pendingOrder();
    await fakeTransaction({
      reference: payment.reference,
      amountInCents: payment.amountInCents,
      status: 'APPROVED',
      deliver: false,
    });
    await testDb().execute(
      sql`UPDATE payment_attempts SET created_at = now() - interval '20 minutes' WHERE reference = ${payment.reference}`,
    );

    const result = await reconcilePayments(testDb(), { afterMinutes: 10, client: wompi.client });
    expect(result.applied).toBeGreaterThanOrEqual(1);
    expect(await orderOf(order.id)).toMatchObject({ status: 'PAID' });
  });

  it('reconciliation reaches a newer lost approval behind more abandoned checkouts than one run takes', async () => {
    // Abandoned checkouts, older than the paid one: without fairness every run re-checks only these.
    const abandoned = await Promise.all([pendingOrder(), pendingOrder(), pendingOrder()]);
    const { order, payment } = await pendingOrder();
    await fakeTransaction({
      reference: payment.reference,
      amountInCents: payment.amountInCents,
      status: 'APPROVED',
      deliver: false,
    });
    for (const [i, { payment: p }] of abandoned.entries())
      await testDb().execute(
        sql`UPDATE payment_attempts SET created_at = now() - make_interval(mins => ${40 + i}), updated_at = now() - make_interval(mins => ${40 + i}) WHERE reference = ${p.reference}`,
      );
    await testDb().execute(
      sql`UPDATE payment_attempts SET created_at = now() - interval '20 minutes', updated_at = now() - interval '20 minutes' WHERE reference = ${payment.reference}`,
    );
    // Other tests' open attempts share this database: make ours the oldest-looked-at of all.
    await testDb().execute(
      sql`UPDATE payment_attempts SET updated_at = now() WHERE status IN ('CREATED', 'PENDING') AND NOT (reference IN (${sql.join(
        [payment, ...abandoned.map((a) => a.payment)].map((p) => sql`${p.reference}`),
        sql`, `,
      )}))`,
    );
    for (let run = 0; run < 2; run++)
      await reconcilePayments(testDb(), { afterMinutes: 10, limit: 3, client: wompi.client });
    expect(await orderOf(order.id)).toMatchObject({ status: 'PAID' });
  });
});
