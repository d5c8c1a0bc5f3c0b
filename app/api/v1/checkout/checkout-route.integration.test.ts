import { eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { orders, paymentAttempts, productVariants } from '@/db/schema';
import { addCreditEntry } from '@/lib/credit/credit-ledger';
import { currentPurchaseTerms } from '@/lib/legal/purchase-terms';
import { integritySignature } from '@/lib/payments/wompi/signature';
import { createShoppersWithCarts } from '@/lib/testing/commerce-fixtures';
import { createTestProduct } from '@/lib/testing/fixtures';
import { testDb } from '@/lib/testing/test-db';

// The route reads the session through Auth.js' auth(); the test decides who is signed in.
const session: { userId: string | null } = { userId: null };
vi.mock('@/lib/auth/auth', () => ({ auth: async () => (session.userId ? { user: { id: session.userId } } : null) }));
vi.mock('@/lib/auth/session-token', () => ({
  getSessionUserId: async () => session.userId ?? null,
  getSessionClaims: async () =>
    session.userId ? { userId: session.userId, sessionVersion: 0, issuedAt: null, token: null } : null,
  slideSession: async () => {},
}));

const { POST: checkout } = await import('./route');
const { GET: getOrder } = await import('../orders/[id]/route');

const TERMS = { acceptTerms: true, termsVersion: currentPurchaseTerms().version };

// Every body accepts the current terms unless the test says otherwise (`raw`).
const post = (body: unknown, headers: Record<string, string> = {}, raw = false) =>
  checkout(
    new NextRequest('http://localhost/api/v1/checkout', {
      method: 'POST',
      body: JSON.stringify(!raw && body && typeof body === 'object' ? { ...TERMS, ...body } : body),
      headers: { 'content-type': 'application/json', ...headers },
    }),
    { params: Promise.resolve({}) },
  );

let variantId: string;
beforeEach(async () => {
  variantId = (await createTestProduct(testDb(), { variants: [{ initialStock: 100, priceCents: 4_990_000 }] }))
    .variants[0]!.id;
});

async function signedInShopper() {
  const [userId] = await createShoppersWithCarts(testDb(), { count: 1, lines: () => [{ variantId, quantity: 2 }] });
  session.userId = userId!;
  return userId!;
}

describe('POST /api/v1/checkout', () => {
  it('answers 401 to anonymous callers and 400 without an Idempotency-Key', async () => {
    session.userId = null;
    expect(
      (await post({ deliveryOption: 'PICKUP' }, { 'idempotency-key': 'a1b2c3d4-0000-4000-8000-000000000001' })).status,
    ).toBe(401);
    await signedInShopper();
    const res = await post({ deliveryOption: 'PICKUP' });
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('IDEMPOTENCY-KEY-REQUIRED');
  });

  it('creates one order for 20 concurrent requests with one key, replaying the same bytes', async () => {
    const userId = await signedInShopper();
    const key = 'a1b2c3d4-0000-4000-8000-000000000002';
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => post({ deliveryOption: 'PICKUP' }, { 'idempotency-key': key })),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    const bodies = await Promise.all(responses.filter((r) => r.status === 201).map((r) => r.text()));
    expect(new Set(bodies).size).toBe(1);
    expect(await testDb().select().from(orders).where(eq(orders.userId, userId))).toHaveLength(1);

    const replay = await post({ deliveryOption: 'PICKUP' }, { 'idempotency-key': key });
    expect(replay.status).toBe(201);
    expect(await replay.text()).toBe(bodies[0]);
    const reused = await post({ deliveryOption: 'DELIVERY' }, { 'idempotency-key': key });
    expect(reused.status).toBe(422);
  });

  it('returns Wompi data whose signature matches the stored order total', async () => {
    await signedInShopper();
    const res = await post(
      { deliveryOption: 'PICKUP', totalCents: 100 },
      { 'idempotency-key': 'a1b2c3d4-0000-4000-8000-000000000003' },
    );
    const { order, payment } = await res.json();
    expect(order).toMatchObject({ status: 'PENDING_PAYMENT', totalCents: 9_980_000 });
    expect(payment).toMatchObject({ provider: 'wompi', amountInCents: 9_980_000, currency: 'COP' });
    expect(payment.signature).toBe(
      integritySignature({
        reference: payment.reference,
        amountInCents: 9_980_000,
        currency: 'COP',
        expirationTime: payment.expirationTime,
        integritySecret: 'test_integrity_fakeSecret123',
      }),
    );
    expect(payment.checkoutUrl).toContain('signature%3Aintegrity=');
  });

  // The answer (payment attempt, order JSON) is composed before the reservation, the transaction's last
  // statement (lib/checkout/place-order-once.ts): a refused reservation must take all of it back.
  it('a refused reservation leaves no order, no payment attempt and no stored success', async () => {
    const userId = await signedInShopper();
    await testDb().update(productVariants).set({ stock: 1 }).where(eq(productVariants.id, variantId));
    const key = 'a1b2c3d4-0000-4000-8000-000000000010';
    const attemptsBefore = (await testDb().select().from(paymentAttempts)).length;
    const res = await post({ deliveryOption: 'PICKUP' }, { 'idempotency-key': key });
    expect(res.status).toBe(409);
    expect((await res.json()).error.code).toBe('MKT-STOCK');
    expect(await testDb().select().from(orders).where(eq(orders.userId, userId))).toHaveLength(0);
    expect(await testDb().select().from(paymentAttempts)).toHaveLength(attemptsBefore);
    const [variant] = await testDb().select().from(productVariants).where(eq(productVariants.id, variantId));
    expect(variant!.reservedStock).toBe(0);
    expect((await post({ deliveryOption: 'PICKUP' }, { 'idempotency-key': key })).status).toBe(409);
  });

  it('an order store credit pays in full answers PAID with no payment data, its stock captured', async () => {
    const userId = await signedInShopper();
    await addCreditEntry(testDb(), { userId, kind: 'COMPENSATION', amountCents: 10_000_000, reason: 'prueba' });
    const res = await post(
      { deliveryOption: 'PICKUP', useCredit: true },
      { 'idempotency-key': 'a1b2c3d4-0000-4000-8000-000000000011' },
    );
    expect(res.status).toBe(201);
    const { order, payment } = await res.json();
    expect(order).toMatchObject({ status: 'PAID', totalCents: 0 });
    expect(payment).toBeNull();
    const [variant] = await testDb().select().from(productVariants).where(eq(productVariants.id, variantId));
    expect(variant).toMatchObject({ stock: 98, reservedStock: 0 });
  });

  it("answers 404 for another user's order", async () => {
    await signedInShopper();
    const { order } = await (
      await post({ deliveryOption: 'PICKUP' }, { 'idempotency-key': 'a1b2c3d4-0000-4000-8000-000000000004' })
    ).json();
    await signedInShopper(); // someone else signs in
    const res = await getOrder(new NextRequest(`http://localhost/api/v1/orders/${order.id}`), {
      params: Promise.resolve({ id: order.id }),
    });
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('NOT-FOUND');
  });

  it('refuses a cross-site browser POST with 403 and a body over 64 KiB with 413', async () => {
    await signedInShopper();
    const cross = await post(
      { deliveryOption: 'PICKUP' },
      {
        'idempotency-key': 'a1b2c3d4-0000-4000-8000-000000000005',
        origin: 'https://evil.example',
        'sec-fetch-site': 'cross-site',
      },
    );
    expect(cross.status).toBe(403);
    const big = await post(
      { deliveryOption: 'PICKUP', notes: 'x'.repeat(70_000) },
      { 'idempotency-key': 'a1b2c3d4-0000-4000-8000-000000000006' },
    );
    expect(big.status).toBe(413);
  });
});

describe('purchase terms at checkout', () => {
  it('422 MKT-TERMS-REQUIRED when missing, false or an old version, reserving nothing; the order stores version and time', async () => {
    const userId = await signedInShopper();
    const version = currentPurchaseTerms().version;
    const refusals = [
      { deliveryOption: 'PICKUP' },
      { deliveryOption: 'PICKUP', acceptTerms: false, termsVersion: version },
      { deliveryOption: 'PICKUP', acceptTerms: true, termsVersion: '2020-01-01' },
      { deliveryOption: 'PICKUP', acceptTerms: 'true', termsVersion: version },
    ];
    for (const [i, body] of refusals.entries()) {
      const res = await post(body, { 'idempotency-key': `a1b2c3d4-0000-4000-8000-00000000010${i}` }, true);
      expect(res.status).toBe(422);
      const { error } = await res.json();
      expect(error).toMatchObject({ code: 'MKT-TERMS-REQUIRED', details: { version } });
    }
    expect(await testDb().select().from(orders).where(eq(orders.userId, userId))).toEqual([]);
    const [variant] = await testDb().select().from(productVariants).where(eq(productVariants.id, variantId));
    expect(variant!.reservedStock).toBe(0);

    const before = Date.now();
    const ok = await post({ deliveryOption: 'PICKUP' }, { 'idempotency-key': 'a1b2c3d4-0000-4000-8000-000000000199' });
    expect(ok.status).toBe(201);
    const { order } = await ok.json();
    expect(order.terms.version).toBe(version);
    const [row] = await testDb().select().from(orders).where(eq(orders.id, order.id));
    expect(row!.termsVersion).toBe(version);
    expect(row!.termsAcceptedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  it('a new version asks again: the version accepted before is refused', async () => {
    const { requireTermsAcceptance } = await import('@/lib/legal/purchase-terms');
    const current = currentPurchaseTerms();
    const next = { ...current, version: '2099-01-01', publishedAt: '2099-01-01T05:00:00.000Z' };
    expect(requireTermsAcceptance({ acceptTerms: true, termsVersion: current.version }, current).version).toBe(
      current.version,
    );
    expect(() => requireTermsAcceptance({ acceptTerms: true, termsVersion: current.version }, next)).toThrow(
      expect.objectContaining({
        code: 'MKT-TERMS-REQUIRED',
        details: expect.objectContaining({ version: '2099-01-01' }),
      }),
    );
  });

  it('GET /api/v1/legal/terms names the current version and its page', async () => {
    const { GET } = await import('../legal/terms/route');
    const res = await GET(new NextRequest('http://localhost/api/v1/legal/terms'), { params: Promise.resolve({}) });
    expect(await res.json()).toEqual({
      version: currentPurchaseTerms().version,
      title: 'Términos y condiciones de compra',
      url: `/terminos/${currentPurchaseTerms().version}`,
      publishedAt: currentPurchaseTerms().publishedAt,
    });
  });
});
