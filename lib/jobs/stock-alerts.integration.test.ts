import { and, eq, inArray, isNull, like } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { emailMessages, lowStockAlerts, notifications, outbox, products, restockSubscriptions } from '@/db/schema';
import { recordMovement } from '@/lib/inventory/record-movement';
import { logger } from '@/lib/logger';
import { subscribeToRestock, unsubscribeFromRestock } from '@/lib/notifications/restock-subscriptions';
import { relayOutbox } from '@/lib/outbox/relay-outbox';
import { createTestProduct, createTestUser } from '@/lib/testing/fixtures';
import { testDb } from '@/lib/testing/test-db';
import { createEmbeddedDeliverer } from './embedded-handlers';
import { notifyRestock } from './notify-restock';
import { sendLowStockDigest } from './send-low-stock-digest';

async function drainOutbox(): Promise<void> {
  const db = testDb();
  while ((await relayOutbox(db, { deliver: createEmbeddedDeliverer(db, logger), limit: 200 })).claimed > 0);
}

const move = (
  variantId: string,
  type: 'RESTOCK' | 'RESERVATION' | 'RESERVATION_RELEASE' | 'ADJUSTMENT',
  quantity: number,
) =>
  testDb().transaction((tx) =>
    recordMovement(tx, {
      variantId,
      type,
      quantity,
      signedQuantity: type === 'ADJUSTMENT' ? quantity : undefined,
      note: 'test',
    }),
  );

/** Active subscriptions of a variant (or all of them, notified included). */
const restockSubscriptionsFor = (variantId: string, { includeNotified = false } = {}) =>
  testDb()
    .select()
    .from(restockSubscriptions)
    .where(
      and(
        eq(restockSubscriptions.variantId, variantId),
        includeNotified ? undefined : isNull(restockSubscriptions.notifiedAt),
      ),
    );

const noticesWithKey = (pattern: string) =>
  testDb().select().from(notifications).where(like(notifications.dedupeKey, pattern));

describe('low-stock alerts (#13)', () => {
  it('alerts every STAFF and ADMIN once per crossing, in-app and by email', async () => {
    const db = testDb();
    const staff = await Promise.all([createTestUser(db, { role: 'STAFF' }), createTestUser(db, { role: 'ADMIN' })]);
    const shopper = await createTestUser(db);
    const { variants } = await createTestProduct(db, { variants: [{ initialStock: 10, lowStockThreshold: 5 }] });
    const variantId = variants[0]!.id;

    await move(variantId, 'RESERVATION', 6); // 10 → 4 available: crosses 5
    await move(variantId, 'RESERVATION', 1); // 4 → 3: already under, no new crossing
    await drainOutbox();
    const events = await db
      .select()
      .from(outbox)
      .where(like(outbox.eventId, `low-stock:${variantId}:%`));
    expect(events).toHaveLength(1);
    expect(events[0]!.payload).toMatchObject({ variantId, available: 4, threshold: 5 });

    const first = await noticesWithKey(`low-stock:low-stock:${variantId}:%`);
    expect(first.map((n) => n.userId).sort()).toEqual(staff.map((u) => u.id).sort());
    expect(first.some((n) => n.userId === shopper.id)).toBe(false);
    expect(first[0]!.body).toBe(`Quedan 4 unidades disponibles de ${variants[0]!.sku}; el umbral es 5.`);
    const emails = await db
      .select()
      .from(emailMessages)
      .where(like(emailMessages.dedupeKey, `low-stock:low-stock:${variantId}:%`));
    expect(emails.map((e) => e.toAddress).sort()).toEqual(staff.map((u) => u.email).sort());

    // Redelivered: nothing new.
    await db
      .update(outbox)
      .set({ deliveredAt: null })
      .where(like(outbox.eventId, `low-stock:${variantId}:%`));
    await drainOutbox();
    expect(await noticesWithKey(`low-stock:low-stock:${variantId}:%`)).toHaveLength(2);

    // Back above the threshold, then down again: a new crossing, a new alert.
    await move(variantId, 'RESERVATION_RELEASE', 7); // 3 → 10
    await move(variantId, 'RESERVATION', 5); // 10 → 5: at the threshold
    await drainOutbox();
    expect(await db.select().from(lowStockAlerts).where(eq(lowStockAlerts.variantId, variantId))).toHaveLength(2);
    expect(await noticesWithKey(`low-stock:low-stock:${variantId}:%`)).toHaveLength(4);
  });

  it('sends one daily digest per STAFF/ADMIN, however many times the cron runs that day', async () => {
    const db = testDb();
    const admin = await createTestUser(db, { role: 'ADMIN' });
    const { variants } = await createTestProduct(db, { variants: [{ initialStock: 2, lowStockThreshold: 5 }] });
    const now = new Date('2031-03-04T15:00:00Z');
    const first = await sendLowStockDigest(db, { now });
    const again = await sendLowStockDigest(db, { now });
    expect(first.lowVariants).toBeGreaterThanOrEqual(1);
    expect(first.emailIds.length).toBeGreaterThanOrEqual(1);
    expect(again.emailIds).toEqual([]);
    const [email] = await db
      .select()
      .from(emailMessages)
      .where(eq(emailMessages.dedupeKey, `low-stock-digest:2031-03-04:${admin.id}`));
    expect(email!.text).toContain(variants[0]!.sku);
    expect(await noticesWithKey('low-stock-digest:2031-03-04')).not.toHaveLength(0);
  });
});

describe('restock notices (#31)', () => {
  it('3 subscribers get 3 notices on a restock; a second restock does not notify them again', async () => {
    const db = testDb();
    const { variants } = await createTestProduct(db, { variants: [{ initialStock: 0 }] });
    const variantId = variants[0]!.id;
    const [a, b, c, leaver] = await Promise.all([
      createTestUser(db),
      createTestUser(db),
      createTestUser(db),
      createTestUser(db),
    ]);
    for (const user of [a!, b!, c!, leaver!]) await subscribeToRestock(db, { userId: user.id, variantId });
    await subscribeToRestock(db, { userId: a!.id, variantId }); // twice: still one subscription
    await unsubscribeFromRestock(db, { userId: leaver!.id, variantId });
    expect(await restockSubscriptionsFor(variantId)).toHaveLength(3);

    await move(variantId, 'RESTOCK', 5);
    await drainOutbox();
    const notices = await noticesWithKey('restock:%');
    const mine = notices.filter((n) => [a!.id, b!.id, c!.id, leaver!.id].includes(n.userId));
    expect(mine.map((n) => n.userId).sort()).toEqual([a!.id, b!.id, c!.id].sort());
    expect(mine[0]).toMatchObject({ kind: 'RESTOCK', title: expect.stringMatching(/^Volvió: /) });
    const emails = await db
      .select()
      .from(emailMessages)
      .where(inArray(emailMessages.userId, [a!.id, b!.id, c!.id, leaver!.id]));
    expect(emails).toHaveLength(3);
    const subs = await restockSubscriptionsFor(variantId, { includeNotified: true });
    expect(subs.every((s) => s.notifiedAt !== null && s.restockEventId?.startsWith(`restocked:${variantId}:`))).toBe(
      true,
    );

    // Sold out again, restocked again: those three were told already.
    await move(variantId, 'ADJUSTMENT', -5);
    await move(variantId, 'RESTOCK', 3);
    await drainOutbox();
    expect(
      await db
        .select()
        .from(outbox)
        .where(like(outbox.eventId, `restocked:${variantId}:%`)),
    ).toHaveLength(2);
    expect((await noticesWithKey('restock:%')).filter((n) => [a!.id, b!.id, c!.id].includes(n.userId))).toHaveLength(3);
  });

  it('fans out in batches, each subscriber once, and keeps waiting subscribers when the variant sold out again', async () => {
    const db = testDb();
    const { variants } = await createTestProduct(db, { variants: [{ initialStock: 0 }] });
    const variantId = variants[0]!.id;
    const users = await Promise.all(Array.from({ length: 5 }, () => createTestUser(db)));
    for (const user of users) await subscribeToRestock(db, { userId: user.id, variantId });

    // Still out of stock (e.g. the restock was sold out before the fan-out ran): nobody is told yet.
    expect(await notifyRestock(db, { variantId, eventId: 'restocked:test:none', batchSize: 2 })).toEqual({
      notified: 0,
      batches: 1,
    });

    await move(variantId, 'RESTOCK', 2);
    expect(await notifyRestock(db, { variantId, eventId: 'restocked:test:1', batchSize: 2 })).toEqual({
      notified: 5,
      batches: 3,
    });
    expect(await restockSubscriptionsFor(variantId)).toHaveLength(0);
    expect(
      await db
        .select()
        .from(notifications)
        .where(
          inArray(
            notifications.userId,
            users.map((u) => u.id),
          ),
        ),
    ).toHaveLength(5);
  });

  it('refuses to subscribe to what is in stock or not listed, and unknown ids are 404', async () => {
    const db = testDb();
    const user = await createTestUser(db);
    const { product, variants } = await createTestProduct(db, { variants: [{ initialStock: 3 }, { initialStock: 0 }] });
    await expect(subscribeToRestock(db, { userId: user.id, variantId: variants[0]!.id })).rejects.toMatchObject({
      code: 'MKT-STATE',
      status: 409,
    });
    await expect(subscribeToRestock(db, { userId: user.id, variantId: 'no-es-un-id' })).rejects.toMatchObject({
      status: 404,
    });
    await expect(
      subscribeToRestock(db, { userId: user.id, variantId: '00000000-0000-4000-8000-000000000000' }),
    ).rejects.toMatchObject({ status: 404 });
    await db.update(products).set({ isActive: false }).where(eq(products.id, product.id));
    await expect(subscribeToRestock(db, { userId: user.id, variantId: variants[1]!.id })).rejects.toMatchObject({
      status: 404,
    });
    expect(
      await db
        .select()
        .from(restockSubscriptions)
        .where(and(eq(restockSubscriptions.userId, user.id))),
    ).toHaveLength(0);
  });
});
