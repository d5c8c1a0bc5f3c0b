import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { orders, processedPaymentEvents, webhookDeliveries } from '@/db/schema';
import { placeOrder } from '@/lib/checkout/place-order';
import { logger } from '@/lib/logger';
import { pruneExpiredRows } from '@/lib/jobs/prune-expired-rows';
import { createPaymentSessionForOrder } from '@/lib/payments/create-payment-session';
import { handleWompiWebhook } from '@/lib/payments/handle-wompi-webhook';
import type { WompiClient } from '@/lib/payments/wompi/client';
import { eventChecksum } from '@/lib/payments/wompi/signature';
import { consumeRateLimit } from '@/lib/rate-limit/consume-rate-limit';
import { createShoppersWithCarts } from '@/lib/testing/commerce-fixtures';
import { createTestProduct, createTestUser } from '@/lib/testing/fixtures';
import { testDb } from '@/lib/testing/test-db';
import { FAKE_KEYS, startWompiHarness } from '@/lib/testing/wompi-harness';

// Guards read the session from this stand-in for the cookie.
const claims = vi.hoisted(() => ({ current: null as null | { userId: string; sessionVersion: number } }));
vi.mock('@/lib/auth/session-token', () => ({
  getSessionUserId: async () => claims.current?.userId ?? null,
  getSessionClaims: async () => (claims.current ? { ...claims.current, issuedAt: null, token: null } : null),
  slideSession: async () => {},
}));

type Harness = Awaited<ReturnType<typeof startWompiHarness>>;
let wompi: Harness;
beforeAll(async () => {
  wompi = await startWompiHarness(testDb());
});
afterAll(async () => wompi.close());

async function pendingOrder() {
  const db = testDb();
  const { variants } = await createTestProduct(db, { variants: [{ initialStock: 5, priceCents: 4_990_000 }] });
  const [userId] = await createShoppersWithCarts(db, {
    count: 1,
    lines: () => [{ variantId: variants[0]!.id, quantity: 1 }],
  });
  return db.transaction(async (tx) => {
    const order = await placeOrder(tx, { userId: userId!, input: { deliveryOption: 'PICKUP' } });
    return { order, payment: await createPaymentSessionForOrder(tx, order) };
  });
}

function signedEvent(transaction: Record<string, unknown>, environment = 'test') {
  const properties = ['transaction.id', 'transaction.status', 'transaction.amount_in_cents'];
  const timestamp = 1_700_000_000;
  const checksum = eventChecksum(
    { data: { transaction }, signature: { properties }, timestamp },
    FAKE_KEYS.eventsSecret,
  );
  return JSON.stringify({
    event: 'transaction.updated',
    data: { transaction },
    environment,
    signature: { properties, checksum },
    timestamp,
  });
}

const explodingClient = {
  getTransaction: async () => {
    throw new Error('Wompi must not be called');
  },
} as unknown as WompiClient;

describe('Wompi webhooks', () => {
  it('ignores an authentic event from the other environment (test event, prod store) without applying it', async () => {
    const { order, payment } = await pendingOrder();
    const { data } = await wompi.control('/transactions', {
      reference: payment.reference,
      amountInCents: payment.amountInCents,
      status: 'APPROVED',
      deliver: false,
    });
    const trx = { id: (data as { id: string }).id, status: 'APPROVED', amount_in_cents: payment.amountInCents };
    const result = await handleWompiWebhook(testDb(), {
      rawBody: signedEvent(trx, 'test'),
      checksumHeader: null,
      log: logger,
      client: explodingClient,
      eventsSecret: FAKE_KEYS.eventsSecret,
      environment: 'prod',
    });
    expect(result).toEqual({ handled: false, outcome: 'WRONG_ENVIRONMENT' });
    expect((await testDb().select().from(orders).where(eq(orders.id, order.id)))[0]!.status).toBe('PENDING_PAYMENT');
  });

  it('answers a replay of an applied event without calling Wompi again', async () => {
    const { order, payment } = await pendingOrder();
    const { data } = await wompi.control('/transactions', {
      reference: payment.reference,
      amountInCents: payment.amountInCents,
      status: 'APPROVED',
      deliver: true,
      wait: true,
    });
    const id = (data as { id: string }).id;
    expect((await testDb().select().from(orders).where(eq(orders.id, order.id)))[0]!.status).toBe('PAID');
    const replay = await handleWompiWebhook(testDb(), {
      rawBody: signedEvent({ id, status: 'APPROVED', amount_in_cents: payment.amountInCents }),
      checksumHeader: null,
      log: logger,
      client: explodingClient,
      eventsSecret: FAKE_KEYS.eventsSecret,
    });
    expect(replay).toEqual({ handled: true, outcome: 'DUPLICATE' });
    const applied = await testDb()
      .select()
      .from(processedPaymentEvents)
      .where(eq(processedPaymentEvents.providerTransactionId, id));
    expect(applied).toHaveLength(1);
  });
});

describe('scheduled pruning', () => {
  it('deletes ended rate-limit windows and webhook deliveries past retention, nothing else', async () => {
    const db = testDb();
    await consumeRateLimit(db, { key: 'prune:live', limit: 5, windowSeconds: 600 });
    await consumeRateLimit(db, { key: 'prune:old', limit: 5, windowSeconds: 600 });
    await db.execute(sql`UPDATE rate_limit_buckets SET reset_at = now() - interval '2 hours' WHERE key = 'prune:old'`);
    const [old] = await db
      .insert(webhookDeliveries)
      .values({
        provider: 'wompi',
        eventType: 'x',
        checksum: 'c',
        payload: {},
        receivedAt: sql`now() - interval '100 days'`,
      })
      .returning();
    const [recent] = await db
      .insert(webhookDeliveries)
      .values({ provider: 'wompi', eventType: 'x', checksum: 'c', payload: {} })
      .returning();
    const result = await pruneExpiredRows(db, { batchSize: 1 });
    expect(result.rateLimitBuckets).toBeGreaterThanOrEqual(1);
    expect(result.webhookDeliveries).toBeGreaterThanOrEqual(1);
    const keys = await db.execute<{ key: string }>(sql`SELECT key FROM rate_limit_buckets WHERE key LIKE 'prune:%'`);
    expect(keys.map((k) => k.key)).toEqual(['prune:live']);
    const left = await db.select({ id: webhookDeliveries.id }).from(webhookDeliveries);
    expect(left.map((r) => r.id)).toContain(recent!.id);
    expect(left.map((r) => r.id)).not.toContain(old!.id);
  });
});

describe('voucher probing', () => {
  it('after 10 refused codes at /checkout?cupon= the shopper must wait, even for a real code', async () => {
    const db = testDb();
    const { getCheckoutPreview } = await import('@/lib/checkout/get-checkout-preview');
    const { getCartView } = await import('@/lib/cart/get-cart-view');
    const { getStoreSettings } = await import('@/lib/settings/store-settings');
    const { createTestVoucher } = await import('@/lib/testing/commerce-fixtures');
    const { variants } = await createTestProduct(db, { variants: [{ initialStock: 5 }] });
    const [userId] = await createShoppersWithCarts(db, {
      count: 1,
      lines: () => [{ variantId: variants[0]!.id, quantity: 1 }],
    });
    const cart = await getCartView(db, { owner: { userId: userId! }, isVip: false });
    const settings = await getStoreSettings(db);
    const preview = (voucherCode: string) => getCheckoutPreview(db, { cart, userId: userId!, settings, voucherCode });
    for (let i = 0; i < 10; i++) expect((await preview(`ADIVINA${i}`)).voucher?.error).toMatch(/no es válido/);
    const real = await createTestVoucher(db);
    expect((await preview(real.code)).voucher?.error).toMatch(/demasiados códigos/);
  });
});

describe('session revocation', () => {
  it('every guard refuses a session issued before sign-out bumped the version', async () => {
    const { getCurrentUser } = await import('@/lib/auth/guards');
    const { revokeSessions } = await import('@/lib/auth/revoke-sessions');
    const user = await createTestUser(testDb());
    claims.current = { userId: user.id, sessionVersion: 0 };
    expect((await getCurrentUser())?.id).toBe(user.id);
    await revokeSessions(testDb(), user.id);
    expect(await getCurrentUser()).toBeNull();
    // A session issued after the bump (a new sign-in) works.
    claims.current = { userId: user.id, sessionVersion: 1 };
    expect((await getCurrentUser())?.id).toBe(user.id);
  });
});

describe('payment result lookups', () => {
  it('past 30 Wompi lookups a minute the shopper gets the stored answer, unconfirmed, and Wompi is not called', async () => {
    const { getPaymentResult } = await import('@/lib/payments/get-payment-result');
    const { setWompiClientForTests } = await import('@/lib/payments/wompi-config');
    const { paymentAttempts, paymentTransactions } = await import('@/db/schema');
    const db = testDb();
    const { order, payment } = await pendingOrder();
    const [attempt] = await db.select().from(paymentAttempts).where(eq(paymentAttempts.reference, payment.reference));
    await db.insert(paymentTransactions).values({
      attemptId: attempt!.id,
      orderId: order.id,
      providerTransactionId: 'trx-budget',
      status: 'PENDING',
      amountCents: order.totalCents,
      currency: 'COP',
      rawPayload: {},
    });
    await consumeRateLimit(db, { key: `payment-result:${order.userId}`, limit: 30, windowSeconds: 60, cost: 30 });
    setWompiClientForTests(explodingClient);
    try {
      const result = await getPaymentResult(db, { transactionId: 'trx-budget', userId: order.userId });
      expect(result).toMatchObject({ status: 'PENDING', isConfirmed: false, orderId: order.id });
    } finally {
      setWompiClientForTests(undefined);
    }
  });
});
