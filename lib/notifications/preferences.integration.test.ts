import { NextRequest } from 'next/server';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { emailMessages } from '@/db/schema';
import { queueEmails } from '@/lib/email/queue-email';
import { createTestUser } from '@/lib/testing/fixtures';
import { testDb } from '@/lib/testing/test-db';
import { getPreferences, savePreferences, sendableAt, unsubscribeToken } from './preferences';

const session: { userId: string | null } = { userId: null };
vi.mock('@/lib/auth/auth', () => ({ auth: async () => (session.userId ? { user: { id: session.userId } } : null) }));
vi.mock('@/lib/auth/session-token', () => ({
  getSessionUserId: async () => session.userId ?? null,
  getSessionClaims: async () =>
    session.userId ? { userId: session.userId, sessionVersion: 0, issuedAt: null, token: null } : null,
  slideSession: async () => {},
}));

const unsubscribeRoute = await import('@/app/api/v1/unsubscribe/route');
const preferencesRoute = await import('@/app/api/v1/me/notification-preferences/route');

const mail = (userId: string, kind: 'RESTOCK' | 'ORDER_STATUS', key: string) => ({
  dedupeKey: key,
  kind,
  userId,
  to: 'x@test.botica',
  subject: 'Asunto',
  html: '<html><body><p>Hola</p></body></html>',
  text: 'Hola',
});
const rowOf = async (key: string) =>
  (await testDb().select().from(emailMessages).where(eq(emailMessages.dedupeKey, key)))[0];

describe('notification preferences', () => {
  it('quiet hours delay only non-essential email until they end (Bogotá time, across midnight)', async () => {
    // 23:30 Bogotá = 04:30 UTC; quiet 22:00–07:00 → 07:00 Bogotá = 12:00 UTC.
    const now = new Date('2031-01-10T04:30:00Z');
    expect(sendableAt({ start: '22:00', end: '07:00' }, now).toISOString()).toBe('2031-01-10T12:00:00.000Z');
    expect(sendableAt({ start: '13:00', end: '14:00' }, now)).toBe(now);
    expect(sendableAt(null, now)).toBe(now);

    const user = await createTestUser(testDb());
    // Quiet all day except one minute ago... use a window that contains "now" whatever the time of the run.
    const bogota = new Date(Date.now() - 5 * 3600_000);
    const hh = (d: Date) => d.toISOString().slice(11, 16);
    await savePreferences(testDb(), {
      userId: user.id,
      input: {
        email: { restock: true, priceDrops: true, lowCreditReminders: true },
        quietHours: {
          start: hh(new Date(bogota.getTime() - 60 * 60_000)),
          end: hh(new Date(bogota.getTime() + 60 * 60_000)),
        },
      },
    });
    await testDb().transaction(async (tx) => {
      await queueEmails(tx, [
        mail(user.id, 'RESTOCK', `q-restock-${user.id}`),
        mail(user.id, 'ORDER_STATUS', `q-order-${user.id}`),
      ]);
    });
    const restock = await rowOf(`q-restock-${user.id}`);
    const order = await rowOf(`q-order-${user.id}`);
    expect(restock!.availableAt.getTime()).toBeGreaterThan(Date.now() + 30 * 60_000);
    expect(order!.availableAt.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    // Non-essential email carries the unsubscribe link and headers; order email does not.
    expect(restock!.headers).toMatchObject({ 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' });
    expect(restock!.headers!['List-Unsubscribe']).toMatch(/^<http.*\/api\/v1\/unsubscribe\?token=/);
    expect(restock!.text).toContain('Date de baja con un clic');
    expect(restock!.html).toContain('Darme de baja');
    expect(order!.headers).toBeNull();
  });

  it('a category turned off drops its email; order email always goes; one-click unsubscribe works', async () => {
    const user = await createTestUser(testDb());
    const token = unsubscribeToken(user.id, 'restock');
    const res = await unsubscribeRoute.POST(
      new NextRequest(`http://localhost/api/v1/unsubscribe?token=${encodeURIComponent(token)}`, {
        method: 'POST',
        body: 'List-Unsubscribe=One-Click',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      }),
      { params: Promise.resolve({}) },
    );
    expect(res.status).toBe(200);
    expect((await getPreferences(testDb(), user.id)).email).toMatchObject({ restock: false, lowCreditReminders: true });
    await testDb().transaction((tx) =>
      queueEmails(tx, [
        mail(user.id, 'RESTOCK', `d-restock-${user.id}`),
        mail(user.id, 'ORDER_STATUS', `d-order-${user.id}`),
      ]),
    );
    expect(await rowOf(`d-restock-${user.id}`)).toBeUndefined();
    expect(await rowOf(`d-order-${user.id}`)).toBeDefined();

    const forged = await unsubscribeRoute.POST(
      new NextRequest(`http://localhost/api/v1/unsubscribe?token=${user.id}.restock.AAAA`, { method: 'POST' }),
      { params: Promise.resolve({}) },
    );
    expect(forged.status).toBe(404);
  });

  it('PUT validates per field and GET answers the api.md shape', async () => {
    const user = await createTestUser(testDb());
    session.userId = user.id;
    const put = (body: unknown) =>
      preferencesRoute.PUT(
        new NextRequest('http://localhost/api/v1/me/notification-preferences', {
          method: 'PUT',
          body: JSON.stringify(body),
          headers: { 'content-type': 'application/json' },
        }),
        { params: Promise.resolve({}) },
      );
    const bad = await put({
      email: { restock: 'sí', priceDrops: true, lowCreditReminders: true },
      quietHours: { start: '25:00', end: '07:00' },
    });
    expect(bad.status).toBe(400);
    expect(Object.keys((await bad.json()).error.details.fields).sort()).toEqual(['email.restock', 'quietHours.start']);
    const ok = await put({
      email: { restock: false, priceDrops: true, lowCreditReminders: false },
      quietHours: { start: '22:00', end: '07:00' },
    });
    expect(await ok.json()).toEqual({
      email: { orderUpdates: true, restock: false, priceDrops: true, lowCreditReminders: false },
      quietHours: { start: '22:00', end: '07:00' },
    });
    const got = await preferencesRoute.GET(new NextRequest('http://localhost/api/v1/me/notification-preferences'), {
      params: Promise.resolve({}),
    });
    expect((await got.json()).quietHours).toEqual({ start: '22:00', end: '07:00' });
    const emails = await testDb()
      .select()
      .from(emailMessages)
      .where(and(eq(emailMessages.userId, user.id)));
    expect(emails).toEqual([]);
  });
});
