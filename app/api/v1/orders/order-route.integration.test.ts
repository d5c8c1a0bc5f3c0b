import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createPaidOrder, createPendingOrder } from '@/lib/admin/testing/admin-fixtures';
import { createPaymentSessionForOrder } from '@/lib/payments/create-payment-session';
import { createTestUser } from '@/lib/testing/fixtures';
import { testDb } from '@/lib/testing/test-db';
import { startWompiHarness } from '@/lib/testing/wompi-harness';

const session: { userId: string | null } = { userId: null };
vi.mock('@/lib/auth/auth', () => ({ auth: async () => (session.userId ? { user: { id: session.userId } } : null) }));
vi.mock('@/lib/auth/session-token', () => ({
  getSessionUserId: async () => session.userId ?? null,
  getSessionClaims: async () =>
    session.userId ? { userId: session.userId, sessionVersion: 0, issuedAt: null, token: null } : null,
  slideSession: async () => {},
}));

const { GET } = await import('./[id]/route');
const { POST: cancel } = await import('./[id]/cancel/route');

let wompi: Awaited<ReturnType<typeof startWompiHarness>>;
beforeAll(async () => {
  wompi = await startWompiHarness(testDb());
});
afterAll(async () => wompi.close());

const getOrder = async (id: string) =>
  GET(new NextRequest(`http://localhost/api/v1/orders/${id}`), { params: Promise.resolve({ id }) });

describe('GET /api/v1/orders/{id} payment', () => {
  it('is null before any attempt, then the latest attempt with the confirmed method and status', async () => {
    const { order, userId } = await createPendingOrder(testDb(), { quantity: 1 });
    session.userId = userId;
    expect((await (await getOrder(order.id)).json()).payment).toBeNull();

    const payment = await testDb().transaction((tx) => createPaymentSessionForOrder(tx, order));
    const created = (await (await getOrder(order.id)).json()).payment;
    expect(created).toMatchObject({ status: 'CREATED', method: null, reference: payment.reference });
    expect(created.amountCents).toBe(payment.amountInCents);

    await wompi.control('/transactions', {
      reference: payment.reference,
      amountInCents: payment.amountInCents,
      status: 'APPROVED',
      deliver: true,
      wait: true,
    });
    const body = await (await getOrder(order.id)).json();
    expect(body.status).toBe('PAID');
    expect(body.payment).toMatchObject({ status: 'APPROVED', reference: payment.reference });
    expect(typeof body.payment.method).toBe('string');
    expect(Date.parse(body.payment.updatedAt)).not.toBeNaN();
  });

  it('answers 404 to another shopper', async () => {
    const { order } = await createPendingOrder(testDb(), { quantity: 1 });
    session.userId = (await createTestUser(testDb())).id;
    expect((await getOrder(order.id)).status).toBe(404);
  });
});

const postCancel = (id: string, body: unknown) =>
  cancel(
    new NextRequest(`http://localhost/api/v1/orders/${id}/cancel`, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json' },
    }),
    { params: Promise.resolve({ id }) },
  );

describe('POST /api/v1/orders/{id}/cancel on a PAID order', () => {
  it('validates the refund choice (400 per field) and answers 200 with the cancelled order', async () => {
    const { order, userId } = await createPaidOrder(testDb(), { quantity: 1 });
    session.userId = userId;
    const bad = await postCancel(order.id, { refund: 'EFECTIVO' });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.details.fields.refund).toMatch(/STORE_CREDIT/);
    const ok = await postCancel(order.id, { refund: 'ORIGINAL_METHOD' });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ id: order.id, status: 'CANCELLED', cancellationReason: 'CUSTOMER' });
    expect((await postCancel(order.id, {})).status).toBe(409);
  });
});
