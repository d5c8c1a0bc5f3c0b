import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { and, eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { auditLog, orderItems, orderReturns, orders, settings } from '@/db/schema';
import { placeOrder } from '@/lib/checkout/place-order';
import { decideReturn } from '@/lib/returns/decide-return';
import { requestReturn } from '@/lib/returns/request-return';
import { createOrderIn, createShoppersWithCarts } from '@/lib/testing/commerce-fixtures';
import { createTestProduct, createTestUser } from '@/lib/testing/fixtures';
import { createConcurrentPool, testDb } from '@/lib/testing/test-db';
import { DEFAULT_SETTINGS, getStoreSettings, type StoreSettings } from './store-settings';

// The session the guards read: each call answers as whoever `session.userId` says.
const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock('@/lib/auth/auth', () => ({
  auth: vi.fn(async () => (session.userId ? { user: { id: session.userId } } : null)),
}));
vi.mock('@/lib/auth/session-token', () => ({
  getSessionUserId: async () => session.userId ?? null,
  getSessionClaims: async () =>
    session.userId ? { userId: session.userId, sessionVersion: 0, issuedAt: null, token: null } : null,
  slideSession: async () => {},
}));

import * as route from '@/app/api/v1/admin/settings/route';

const accounts = {} as { admin: string; staff: string; customer: string };

beforeAll(async () => {
  const db = testDb();
  accounts.admin = (await createTestUser(db, { role: 'ADMIN' })).id;
  accounts.staff = (await createTestUser(db, { role: 'STAFF' })).id;
  accounts.customer = (await createTestUser(db)).id;
});

// Every test starts from the defaults, so each one reads on its own.
beforeEach(async () => {
  await testDb().delete(settings);
  await testDb().delete(auditLog).where(eq(auditLog.entityType, 'settings'));
});

type Answer = { status: number; json: Record<string, unknown> & { error?: { code: string; details: unknown } } };

async function call(method: 'GET' | 'PATCH', body?: unknown, as: string | null = accounts.admin): Promise<Answer> {
  session.userId = as;
  const req = new NextRequest('http://localhost/api/v1/admin/settings', {
    method,
    headers: { 'content-type': 'application/json' },
    ...(method === 'GET' || body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  const handler = method === 'GET' ? route.GET : route.PATCH;
  const res = await handler(req, { params: Promise.resolve({}) } as never);
  return { status: res.status, json: (await res.json()) as Answer['json'] };
}

const settingsAudit = () =>
  testDb()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, 'settings'), eq(auditLog.action, 'settings.updated')));

describe('GET/PATCH /api/v1/admin/settings: who', () => {
  it('answers 401 to anonymous callers and 403 to customers and staff', async () => {
    for (const method of ['GET', 'PATCH'] as const) {
      expect(await call(method, { cartTtlDays: 5 }, null)).toMatchObject({
        status: 401,
        json: { error: { code: 'AUTH-REQUIRED' } },
      });
      for (const who of [accounts.customer, accounts.staff])
        expect(await call(method, { cartTtlDays: 5 }, who)).toMatchObject({
          status: 403,
          json: { error: { code: 'FORBIDDEN' } },
        });
    }
    expect(await getStoreSettings(testDb())).toEqual(DEFAULT_SETTINGS);
  });

  it('GET answers the whole set with defaults for keys never saved', async () => {
    const { status, json } = await call('GET');
    expect(status).toBe(200);
    expect(json).toEqual(DEFAULT_SETTINGS);
  });
});

describe('PATCH: the whole request or nothing', () => {
  it('applies a subset, answers the whole set and writes one audit row with who, before and after', async () => {
    const { status, json } = await call('PATCH', {
      shippingFeeCents: 800_000,
      reservationTtlMinutes: 45,
      store: { hours: 'Lunes a domingo, 8:00 a 20:00' },
    });
    expect(status).toBe(200);
    expect(json).toEqual({
      ...DEFAULT_SETTINGS,
      shippingFeeCents: 800_000,
      reservationTtlMinutes: 45,
      store: { ...DEFAULT_SETTINGS.store, hours: 'Lunes a domingo, 8:00 a 20:00' },
    });

    const audit = await settingsAudit();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: accounts.admin,
      entityId: 'store',
      before: {
        shippingFeeCents: DEFAULT_SETTINGS.shippingFeeCents,
        reservationTtlMinutes: 30,
        store: { hours: DEFAULT_SETTINGS.store.hours },
      },
      after: {
        shippingFeeCents: 800_000,
        reservationTtlMinutes: 45,
        store: { hours: 'Lunes a domingo, 8:00 a 20:00' },
      },
    });
    expect(audit[0]!.requestId).toEqual(expect.any(String));

    // The same values again change nothing and log nothing.
    expect((await call('PATCH', { shippingFeeCents: 800_000 })).status).toBe(200);
    expect(await settingsAudit()).toHaveLength(1);
  });

  it.each<[string, unknown, string]>([
    ['negative money', { shippingFeeCents: -100 }, 'shippingFeeCents'],
    ['a threshold below zero', { freeShippingThresholdCents: -1_000_000 }, 'freeShippingThresholdCents'],
    ['centavos', { shippingFeeCents: 650_050 }, 'shippingFeeCents'],
    ['a reservation of 0 minutes', { reservationTtlMinutes: 0 }, 'reservationTtlMinutes'],
    ['a reservation over 24 h', { reservationTtlMinutes: 24 * 60 + 1 }, 'reservationTtlMinutes'],
    ['a return window over 365 days', { returnWindowDays: 366 }, 'returnWindowDays'],
    ['a number sent as a string', { cartTtlDays: '30' }, 'cartTtlDays'],
    ['a decimal', { deliveryDays: 2.5 }, 'deliveryDays'],
    ['a boolean for a number', { cartMaxLines: true }, 'cartMaxLines'],
    ['an invalid phone', { store: { phone: '12345' } }, 'store.phone'],
    ['a landline for WhatsApp', { store: { whatsapp: '601 743 2093' } }, 'store.whatsapp'],
    ['an invalid email', { store: { email: 'hola@' } }, 'store.email'],
    ['a NUL in the hours', { store: { hours: 'Lunes\u0000' } }, 'store.hours'],
    ['an empty address', { store: { address: '   ' } }, 'store.address'],
    ['an unknown setting', { shippingFee: 5 }, 'shippingFee'],
    ['an unknown store field', { store: { instagram: '@botica' } }, 'store.instagram'],
  ])('refuses %s with 400 VALIDATION naming the field', async (_, body, field) => {
    const { status, json } = await call('PATCH', body);
    expect(status).toBe(400);
    expect(json.error).toMatchObject({ code: 'VALIDATION', details: { fields: { [field]: expect.any(String) } } });
  });

  it('refuses a body that is not an object, and malformed JSON', async () => {
    expect((await call('PATCH', [1, 2])).status).toBe(400);
    expect((await call('PATCH', '{"shippingFeeCents":')).status).toBe(400);
  });

  it('one bad field among good ones changes nothing and logs nothing; every bad field is named', async () => {
    const { status, json } = await call('PATCH', {
      shippingFeeCents: 900_000,
      cartMaxLines: 10,
      reservationTtlMinutes: 0,
      store: { hours: 'Nuevo horario', email: 'no-es-correo' },
    });
    expect(status).toBe(400);
    expect(Object.keys((json.error!.details as { fields: object }).fields).sort()).toEqual([
      'reservationTtlMinutes',
      'store.email',
    ]);
    expect(await getStoreSettings(testDb())).toEqual(DEFAULT_SETTINGS);
    expect(await testDb().select().from(settings)).toEqual([]);
    expect(await settingsAudit()).toEqual([]);
  });

  it('concurrent PATCHes of different fields both land (row locks, no lost update)', async () => {
    const pool = createConcurrentPool(10);
    const { updateStoreSettings } = await import('./update-store-settings');
    const actor = { id: accounts.admin };
    await Promise.all([
      ...Array.from({ length: 5 }, (_, i) =>
        updateStoreSettings(pool, { input: { store: { hours: `Horario ${i}` } }, actor }),
      ),
      ...Array.from({ length: 5 }, (_, i) =>
        updateStoreSettings(pool, { input: { store: { city: `Ciudad ${i}` }, cartTtlDays: 10 + i }, actor }),
      ),
    ]);
    const final = await getStoreSettings(testDb());
    expect(final.store.hours).toMatch(/^Horario \d$/);
    expect(final.store.city).toMatch(/^Ciudad \d$/);
    // Each audit row's "before" is what the previous writer left: the trail replays to the final state.
    const audit = (await settingsAudit()).sort((a, b) => a.id - b.id);
    expect(audit).toHaveLength(10);
    for (const field of ['hours', 'city'] as const) {
      const trail = audit
        .map((row) => ({
          before: (row.before as { store?: Record<string, string> }).store?.[field],
          after: (row.after as { store?: Record<string, string> }).store?.[field],
        }))
        .filter((step) => step.after !== undefined);
      expect(trail).toHaveLength(5);
      expect(trail[0]!.before).toBe(DEFAULT_SETTINGS.store[field]);
      trail.slice(1).forEach((step, i) => expect(step.before).toBe(trail[i]!.after));
      expect(trail.at(-1)!.after).toBe(final.store[field]);
    }
  });
});

describe('a change applies to the next checkout, never to what already happened', () => {
  const address = { line1: 'Carrera 7 #12-34', city: 'Bogotá', department: 'Bogotá D.C.', phone: '300 123 4567' };

  async function checkout(userId: string) {
    return testDb().transaction((tx) => placeOrder(tx, { userId, input: { deliveryOption: 'DELIVERY', address } }));
  }

  it('the next order gets the new fee, reservation time and delivery days; the earlier order keeps its own', async () => {
    const { variants } = await createTestProduct(testDb(), {
      variants: [{ initialStock: 20, priceCents: 2_000_000 }],
    });
    const [first, second] = await createShoppersWithCarts(testDb(), {
      count: 2,
      lines: () => [{ variantId: variants[0]!.id, quantity: 1 }],
    });

    const before = await checkout(first!);
    expect(before.shippingCents).toBe(DEFAULT_SETTINGS.shippingFeeCents);
    const beforeTtlMs = before.reservationExpiresAt!.getTime() - before.createdAt.getTime();
    expect(Math.round(beforeTtlMs / 60_000)).toBe(30);

    expect(
      (
        await call('PATCH', {
          shippingFeeCents: 1_200_000,
          freeShippingThresholdCents: 50_000_000,
          reservationTtlMinutes: 90,
          deliveryDays: 10,
        })
      ).status,
    ).toBe(200);

    const after = await checkout(second!);
    expect(after.shippingCents).toBe(1_200_000);
    const afterTtlMs = after.reservationExpiresAt!.getTime() - after.createdAt.getTime();
    expect(Math.round(afterTtlMs / 60_000)).toBe(90);
    expect(after.estimatedDeliveryDate > before.estimatedDeliveryDate).toBe(true);

    const [kept] = await testDb().select().from(orders).where(eq(orders.id, before.id));
    expect(kept).toMatchObject({
      shippingCents: before.shippingCents,
      totalCents: before.totalCents,
      estimatedDeliveryDate: before.estimatedDeliveryDate,
      reservationExpiresAt: before.reservationExpiresAt,
    });
  });

  it('a return already requested keeps its window; new requests get the new one', async () => {
    const { variants } = await createTestProduct(testDb(), {
      variants: [{ initialStock: 10, priceCents: 3_000_000 }],
    });
    const deliveredAt = new Date(Date.now() - 10 * 24 * 60 * 60 * 1000);
    const requested = await createOrderIn(testDb(), {
      lines: [{ variantId: variants[0]!.id, quantity: 1 }],
      to: 'DELIVERED',
      deliveredAt,
    });
    const notYet = await createOrderIn(testDb(), {
      lines: [{ variantId: variants[0]!.id, quantity: 1 }],
      to: 'DELIVERED',
      deliveredAt,
    });
    const itemOf = async (orderId: string) =>
      (await testDb().select().from(orderItems).where(eq(orderItems.orderId, orderId)))[0]!;
    const requestedItem = await itemOf(requested.id);
    await requestReturn(testDb(), {
      orderId: requested.id,
      userId: requested.userId,
      input: { items: [{ orderItemId: requestedItem.id, quantity: 1 }], reason: 'No me gustó el aroma' },
    });

    expect((await call('PATCH', { returnWindowDays: 5 })).status).toBe(200);

    // The request made under the 30-day window is still decided normally.
    const decided = await decideReturn(testDb(), {
      orderId: requested.id,
      actorId: accounts.admin,
      input: { decision: 'APPROVE', items: [{ orderItemId: requestedItem.id, quantity: 1, restock: true }] },
    });
    expect(decided.refundCents).toBe(3_000_000);
    expect(await testDb().select().from(orderReturns).where(eq(orderReturns.orderId, requested.id))).toHaveLength(1);
    // A new request 10 days after delivery is now out of the 5-day window.
    const lateItem = await itemOf(notYet.id);
    await expect(
      requestReturn(testDb(), {
        orderId: notYet.id,
        userId: notYet.userId,
        input: { items: [{ orderItemId: lateItem.id, quantity: 1 }], reason: 'No me gustó el aroma' },
      }),
    ).rejects.toMatchObject({ code: 'MKT-RETURN-WINDOW' });
  });
});

describe('another app process sees the change on its next request', () => {
  let peer: ChildProcessWithoutNullStreams;
  let lines: AsyncIterator<string>;

  type PeerAnswer = { settings: StoreSettings; pageCacheEmptied: number; pid: number };
  const next = async () => JSON.parse((await lines.next()).value as string) as Record<string, unknown>;
  const read = async (): Promise<PeerAnswer> => {
    peer.stdin.write('read\n');
    return (await next()) as PeerAnswer;
  };

  beforeAll(async () => {
    peer = spawn(process.execPath, ['--import', 'tsx', 'lib/settings/testing/settings-peer.ts'], {
      env: process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    peer.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    lines = createInterface({ input: peer.stdout })[Symbol.asyncIterator]();
    expect(await next()).toMatchObject({ ready: true });
  }, 60_000);

  afterAll(() => {
    peer?.stdin.end();
    peer?.kill();
  });

  it('reads the new hours at once and empties its page cache through the NOTIFY', async () => {
    const start = await read();
    expect(start.pid).not.toBe(process.pid);
    expect(start.settings.store.hours).toBe(DEFAULT_SETTINGS.store.hours);

    const hours = 'Martes a domingo, 10:00 a 18:00';
    expect((await call('PATCH', { store: { hours }, freeShippingThresholdCents: 9_000_000 })).status).toBe(200);

    // Its very next read, with no waiting: settings are never held in a process.
    const next = await read();
    expect(next.settings.store.hours).toBe(hours);
    expect(next.settings.freeShippingThresholdCents).toBe(9_000_000);
    // Its cached HTML (the footer) is dropped by the invalidation, delivered within moments.
    await expect
      .poll(async () => (await read()).pageCacheEmptied, { timeout: 2_000, interval: 20 })
      .toBeGreaterThan(start.pageCacheEmptied);
  });
});
