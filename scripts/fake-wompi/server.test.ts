import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isBrokenCircuitError } from 'cockatiel';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createWompiClient, WompiApiError, WompiUnavailableError } from '@/lib/payments/wompi/client';
import { integritySignature, verifyEventChecksum } from '@/lib/payments/wompi/signature';
import { transactionUpdatedEventSchema, type WompiTransaction } from '@/lib/payments/wompi/types';
import { startFakeWompi, type FakeWompi } from '@/scripts/fake-wompi/server';

const KEYS = {
  publicKey: 'pub_test_botica_fake',
  privateKey: 'prv_test_botica_fake',
  integritySecret: 'test_integrity_fakeSecret123',
  eventsSecret: 'test_events_fakeSecret123',
};
const REDIRECT_URL = 'http://shop.test/pago/resultado?orden=7';

type Received = { headers: IncomingHttpHeaders; body: unknown };

async function startReceiver() {
  const received: Received[] = [];
  // Status codes to answer next, in order; 200 once the list is empty.
  const plan: number[] = [];
  const server = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    req.on('end', () => {
      received.push({ headers: req.headers, body: JSON.parse(text) });
      res.writeHead(plan.shift() ?? 200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/webhooks/wompi`,
    received,
    plan,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function waitFor(predicate: () => boolean, timeoutMs = 3_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('waitFor timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function checkoutQuery(overrides: Record<string, string> = {}): string {
  const base = { reference: 'ORD-1001', amount: 4_990_000, expirationTime: undefined as string | undefined };
  const signature = integritySignature({
    reference: base.reference,
    amountInCents: base.amount,
    currency: 'COP',
    integritySecret: KEYS.integritySecret,
  });
  return new URLSearchParams({
    'public-key': KEYS.publicKey,
    currency: 'COP',
    'amount-in-cents': String(base.amount),
    reference: base.reference,
    'signature:integrity': signature,
    'redirect-url': REDIRECT_URL,
    ...overrides,
  }).toString();
}

describe('fake Wompi', () => {
  let fake: FakeWompi;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  const control = (path: string, body: unknown) =>
    fetch(`${fake.url}/__control/${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  const createTransaction = async (body: Record<string, unknown>): Promise<WompiTransaction> =>
    (
      (await (await control('transactions', { amountInCents: 4_990_000, ...body })).json()) as {
        data: WompiTransaction;
      }
    ).data;
  const client = () =>
    createWompiClient({
      apiUrl: `${fake.url}/v1`,
      ...KEYS,
      timeoutMs: 100,
      maxRetries: 1,
      initialBackoffMs: 10,
      maxBackoffMs: 20,
      breakerThreshold: 2,
      halfOpenAfterMs: 300,
    });

  async function pay(cardNumber: string): Promise<Response> {
    const page = await fetch(`${fake.url}/p/?${checkoutQuery()}`);
    const session = /name="session" value="([0-9a-f]+)"/.exec(await page.text())?.[1] ?? '';
    return fetch(`${fake.url}/p/pagar`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ session, 'card-number': cardNumber }).toString(),
      redirect: 'manual',
    });
  }

  beforeAll(async () => {
    receiver = await startReceiver();
    fake = await startFakeWompi({ port: 0, ...KEYS, webhookUrl: receiver.url, eventRetryDelaysMs: [20, 40, 80] });
  });
  afterAll(async () => {
    await fake.close();
    await receiver.close();
  });
  beforeEach(async () => {
    await control('reset', {});
    receiver.received.length = 0;
    receiver.plan.length = 0;
  });

  it('refuses to start in the real-keys mode', async () => {
    process.env.WOMPI_ENV = 'production';
    try {
      await expect(startFakeWompi({ port: 0, ...KEYS, webhookUrl: receiver.url })).rejects.toThrow(
        /WOMPI_ENV=production/,
      );
    } finally {
      delete process.env.WOMPI_ENV;
    }
  });

  it('shows a labelled card form for a correctly signed checkout', async () => {
    const response = await fetch(`${fake.url}/p/?${checkoutQuery()}`);
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain('<label for="card-number">Número de tarjeta</label>');
    expect(html).toContain('ORD-1001');
  });

  it.each([
    ['a bad integrity signature', { 'signature:integrity': 'f'.repeat(64) }, 403],
    ['an amount edited after signing', { 'amount-in-cents': '100000000' }, 403],
    ['an expiration added after signing', { 'expiration-time': '2099-01-01T00:00:00.000Z' }, 403],
    ['another public key', { 'public-key': 'pub_test_other' }, 401],
  ])('refuses a checkout with %s', async (_name, overrides, status) => {
    const response = await fetch(`${fake.url}/p/?${checkoutQuery(overrides)}`);
    expect(response.status).toBe(status);
    expect(await response.text()).not.toContain('card-number');
  });

  it('refuses a correctly signed but expired checkout', async () => {
    const expirationTime = '2020-01-01T00:00:00.000Z';
    const signature = integritySignature({
      reference: 'ORD-1001',
      amountInCents: 4_990_000,
      currency: 'COP',
      expirationTime,
      integritySecret: KEYS.integritySecret,
    });
    const response = await fetch(
      `${fake.url}/p/?${checkoutQuery({ 'expiration-time': expirationTime, 'signature:integrity': signature })}`,
    );
    expect(response.status).toBe(410);
  });

  it('approves the 4242 card, redirects with ?id=&env=test and posts a verifiable event', async () => {
    const response = await pay('4242 4242 4242 4242');
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get('location') ?? '');
    expect(`${location.origin}${location.pathname}`).toBe('http://shop.test/pago/resultado');
    expect(location.searchParams.get('orden')).toBe('7');
    expect(location.searchParams.get('env')).toBe('test');
    const id = location.searchParams.get('id') ?? '';
    expect(id).toMatch(/^fake-/);

    const transaction = await client().getTransaction(id);
    expect(transaction).toMatchObject({
      id,
      status: 'APPROVED',
      amount_in_cents: 4_990_000,
      reference: 'ORD-1001',
      currency: 'COP',
      payment_method_type: 'CARD',
    });

    await waitFor(() => receiver.received.length === 1);
    const delivery = receiver.received[0];
    expect(verifyEventChecksum(delivery?.body, KEYS.eventsSecret)).toBe(true);
    const event = transactionUpdatedEventSchema.parse(delivery?.body);
    expect(event.data.transaction).toMatchObject({ id, status: 'APPROVED' });
    expect(delivery?.headers['x-event-checksum']).toBe(event.signature.checksum);
  });

  it.each([
    ['4111 1111 1111 1111', 'DECLINED'],
    ['5555 5555 5555 4444', 'ERROR'],
  ])('gives card %s the status %s', async (card, status) => {
    const id = new URL((await pay(card)).headers.get('location') ?? '').searchParams.get('id') ?? '';
    expect((await client().getTransaction(id))?.status).toBe(status);
  });

  it('retries an event the app answered with 500, keeping the same body', async () => {
    receiver.plan.push(500);
    await pay('4242424242424242');
    await waitFor(() => receiver.received.length === 2);
    expect(receiver.received[1]?.body).toEqual(receiver.received[0]?.body);
    const log = (await (await fetch(`${fake.url}/__control/events`)).json()) as {
      data: Array<{ attempt: number; responseStatus: number }>;
    };
    expect(log.data.map((d) => [d.attempt, d.responseStatus])).toEqual([
      [1, 500],
      [2, 200],
    ]);
  });

  it('stops after three retries when the app keeps failing', async () => {
    receiver.plan.push(500, 500, 500, 500, 500);
    const created = await control('transactions', { reference: 'ORD-9', amountInCents: 4_990_000, wait: true });
    const body = (await created.json()) as { deliveries: unknown[] };
    expect(body.deliveries).toHaveLength(4);
    expect(receiver.received).toHaveLength(4);
  });

  it('requires the private key on the transactions API', async () => {
    const { id } = await createTransaction({ reference: 'ORD-2', deliver: false });
    const noKey = await fetch(`${fake.url}/v1/transactions/${id}`);
    expect(noKey.status).toBe(401);
    expect(await noKey.json()).toEqual({
      error: { type: 'INVALID_ACCESS_TOKEN', reason: 'La llave proporcionada no corresponde a este ambiente.' },
    });
    const publicKey = await fetch(`${fake.url}/v1/transactions?reference=ORD-2`, {
      headers: { Authorization: `Bearer ${KEYS.publicKey}` },
    });
    expect(publicKey.status).toBe(401);
    const withKey = await fetch(`${fake.url}/v1/transactions/${id}`, {
      headers: { Authorization: `Bearer ${KEYS.privateKey}` },
    });
    expect(withKey.status).toBe(200);
  });

  it('sends duplicate, reordered and out-of-order deliveries that all verify', async () => {
    const { id } = await createTransaction({ reference: 'ORD-3', deliver: false });
    await control(`transactions/${id}/events`, {
      copies: 3,
      properties: ['transaction.amount_in_cents', 'transaction.reference', 'transaction.id'],
    });
    await control(`transactions/${id}/out-of-order`, {});
    const bodies = receiver.received.map((r) => transactionUpdatedEventSchema.parse(r.body));
    expect(receiver.received.every((r) => verifyEventChecksum(r.body, KEYS.eventsSecret))).toBe(true);
    expect(bodies.map((b) => b.data.transaction.status)).toEqual([
      'APPROVED',
      'APPROVED',
      'APPROVED',
      'APPROVED',
      'PENDING',
    ]);
    expect(bodies[0]?.signature.properties).toEqual([
      'transaction.amount_in_cents',
      'transaction.reference',
      'transaction.id',
    ]);
    expect(bodies[4]?.timestamp).toBeLessThan(bodies[3]?.timestamp ?? 0);
  });

  it('lists a declined attempt and its approved retry under one reference, newest first', async () => {
    const declined = await createTransaction({ reference: 'ORD-4', status: 'DECLINED', deliver: false });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const retried = await control('reattempt', { reference: 'ORD-4', wait: true });
    expect(retried.status).toBe(201);
    const list = await client().findTransactionsByReference('ORD-4');
    expect(list.map((t) => t.status)).toEqual(['APPROVED', 'DECLINED']);
    expect(list[1]?.id).toBe(declined.id);
  });

  it('client: null on 404, retries a 5xx, WompiApiError on a wrong key, reads the merchant', async () => {
    const { id } = await createTransaction({ reference: 'ORD-5', deliver: false });
    expect(await client().getTransaction('fake-unknown')).toBeNull();
    await control('faults', { failNext: 1 });
    expect((await client().getTransaction(id))?.id).toBe(id);
    const wrongKey = createWompiClient({
      apiUrl: `${fake.url}/v1`,
      ...KEYS,
      privateKey: 'prv_test_wrong',
      timeoutMs: 500,
    });
    await expect(wrongKey.getTransaction(id)).rejects.toBeInstanceOf(WompiApiError);
    const merchant = await client().getMerchant();
    expect(merchant?.presigned_acceptance.type).toBe('END_USER_POLICY');
  });

  it('client: times out, opens the circuit, then recovers', async () => {
    const wompi = client();
    const { id } = await createTransaction({ reference: 'ORD-6', deliver: false });
    await control('faults', { delayMs: 400 });
    const started = Date.now();
    await expect(wompi.getTransaction(id)).rejects.toBeInstanceOf(WompiUnavailableError);
    expect(Date.now() - started).toBeLessThan(750);

    const fastFail = await wompi.getTransaction(id).catch((error: unknown) => error);
    expect(fastFail).toBeInstanceOf(WompiUnavailableError);
    expect(isBrokenCircuitError((fastFail as Error).cause)).toBe(true);

    await control('faults', { delayMs: 0 });
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect((await wompi.getTransaction(id))?.status).toBe('APPROVED');
  });

  it('control: downForMs answers 503 to every API call until the window ends', async () => {
    const { id } = await createTransaction({ reference: 'ORD-7', deliver: false });
    await control('faults', { downForMs: 300 });
    const during = await fetch(`${fake.url}/v1/transactions/${id}`, {
      headers: { authorization: `Bearer ${KEYS.privateKey}` },
    });
    expect(during.status).toBe(503);
    await new Promise((resolve) => setTimeout(resolve, 350));
    const after = await fetch(`${fake.url}/v1/transactions/${id}`, {
      headers: { authorization: `Bearer ${KEYS.privateKey}` },
    });
    expect(after.status).toBe(200);
  });
});
