import { and, eq, inArray, isNull, like, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { emailMessages, notifications, outbox } from '@/db/schema';
import { placeOrder } from '@/lib/checkout/place-order';
import { createMailTransport } from '@/lib/email/mail-transport';
import { startSmtpSink } from '@/lib/email/testing/start-smtp-sink';
import { logger } from '@/lib/logger';
import { relayOutbox, type OutboxDeliverer } from '@/lib/outbox/relay-outbox';
import { createShoppersWithCarts } from '@/lib/testing/commerce-fixtures';
import { createTestProduct } from '@/lib/testing/fixtures';
import { createConcurrentPool, testDb } from '@/lib/testing/test-db';
import { createEmbeddedDeliverer } from './embedded-handlers';
import { startEmbeddedRunner } from './embedded-runner';

type Sink = Awaited<ReturnType<typeof startSmtpSink>>;
let sink: Sink;
beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(async () => sink.close());

const transport = () =>
  createMailTransport({ smtpUrl: sink.url, mailDir: '', timeoutMs: 2_000, from: 'Botica Spa <pedidos@botica.test>' });

/** `count` shoppers each place one pending order; returns the order ids (their outbox rows are committed). */
async function placeOrders(count: number): Promise<string[]> {
  const db = testDb();
  const { variants } = await createTestProduct(db, { variants: [{ initialStock: count * 2, lowStockThreshold: 0 }] });
  const userIds = await createShoppersWithCarts(db, {
    count,
    lines: () => [{ variantId: variants[0]!.id, quantity: 1 }],
  });
  const ids: string[] = [];
  for (const userId of userIds)
    ids.push((await db.transaction((tx) => placeOrder(tx, { userId, input: { deliveryOption: 'PICKUP' } }))).id);
  return ids;
}

/** What the SMTP server received for these emails, matched by the Message-ID the sender derives from the row id. */
async function receivedFor(orderIds: string[]) {
  const ids = new Set((await emailsFor(orderIds)).map((e) => `<${e.id}@botica.mail>`));
  return sink.received.filter((m) => m.messageId !== null && ids.has(m.messageId));
}

const createdEventIds = (orderIds: string[]) => orderIds.map((id) => `order-created:${id}`);

async function waitFor(check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the runner');
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function emailsFor(orderIds: string[]) {
  return testDb()
    .select({ id: emailMessages.id, dedupeKey: emailMessages.dedupeKey, status: emailMessages.status })
    .from(emailMessages)
    .where(
      inArray(
        emailMessages.dedupeKey,
        orderIds.map((id) => `order-status:${id}:PENDING_PAYMENT`),
      ),
    );
}

describe('outbox relay', () => {
  it('a relay that dies after delivering but before recording it loses nothing and duplicates nothing once restarted', async () => {
    const orderIds = await placeOrders(8);
    const eventIds = createdEventIds(orderIds);
    const db = testDb();

    // "Process 1" runs the real handlers, then dies before it can stamp the rows delivered.
    const real = createEmbeddedDeliverer(db, logger);
    const dying: OutboxDeliverer = async (messages) => {
      await real(messages.filter((m) => eventIds.includes(m.eventId)));
      return new Promise(() => {}); // never returns: the process is gone
    };
    void relayOutbox(db, { deliver: dying, leaseMs: 300, limit: 500 });
    await waitFor(
      async () =>
        (
          await testDb()
            .select()
            .from(notifications)
            .where(
              inArray(
                notifications.dedupeKey,
                orderIds.map((id) => `order-status:${id}:PENDING_PAYMENT`),
              ),
            )
        ).length === 8,
    );
    const stuck = await db.select().from(outbox).where(inArray(outbox.eventId, eventIds));
    expect(stuck.every((r) => r.deliveredAt === null && r.attempts === 1)).toBe(true);

    // "Process 2" starts after the lease ran out and redelivers; the handlers absorb the duplicate.
    await new Promise((r) => setTimeout(r, 400));
    const runner = startEmbeddedRunner({ db, role: 'embedded', pollMs: 20, transport: transport(), jobs: [] });
    await waitFor(async () => {
      const rows = await db.select().from(outbox).where(inArray(outbox.eventId, eventIds));
      const emails = await emailsFor(orderIds);
      return (
        rows.every((r) => r.deliveredAt !== null) && emails.length === 8 && emails.every((e) => e.status === 'SENT')
      );
    });
    await runner.stop();

    const rows = await db.select().from(outbox).where(inArray(outbox.eventId, eventIds));
    expect(rows.every((r) => r.attempts === 2)).toBe(true);
    const shown = await db
      .select()
      .from(notifications)
      .where(
        inArray(
          notifications.dedupeKey,
          orderIds.map((id) => `order-status:${id}:PENDING_PAYMENT`),
        ),
      );
    expect(shown).toHaveLength(8);
    expect(await receivedFor(orderIds)).toHaveLength(8);
  });

  it('four relays running at once deliver every event and send each email exactly once', async () => {
    const orderIds = await placeOrders(30);
    const eventIds = createdEventIds(orderIds);
    const runners = Array.from({ length: 4 }, () =>
      startEmbeddedRunner({
        db: createConcurrentPool(4) as Database,
        role: 'embedded',
        pollMs: 10,
        transport: transport(),
        jobs: [],
      }),
    );
    await waitFor(async () => {
      const pending = await testDb()
        .select({ id: outbox.id })
        .from(outbox)
        .where(and(inArray(outbox.eventId, eventIds), isNull(outbox.deliveredAt)));
      const emails = await emailsFor(orderIds);
      return pending.length === 0 && emails.length === 30 && emails.every((e) => e.status === 'SENT');
    }, 60_000);
    await Promise.all(runners.map((r) => r.stop()));

    const mails = await receivedFor(orderIds);
    expect(mails).toHaveLength(30);
    expect(new Set(mails.map((m) => m.messageId)).size).toBe(30);
    const shown = await testDb()
      .select()
      .from(notifications)
      .where(like(notifications.dedupeKey, 'order-status:%:PENDING_PAYMENT'));
    expect(shown.filter((n) => orderIds.some((id) => n.dedupeKey.includes(id)))).toHaveLength(30);
  });

  it('keeps a failing event with its error and retries it after a backoff', async () => {
    const [orderId] = await placeOrders(1);
    const eventId = `order-created:${orderId}`;
    const db = testDb();
    const failing: OutboxDeliverer = async (messages) =>
      messages.map((m) =>
        m.eventId === eventId
          ? { id: m.id, outcome: 'failed', error: new Error('Inngest no responde') }
          : { id: m.id, outcome: 'delivered' },
      );
    await relayOutbox(db, { deliver: failing, limit: 500, retryBaseMs: 60_000 });
    const [failed] = await db.select().from(outbox).where(eq(outbox.eventId, eventId));
    expect(failed).toMatchObject({
      deliveredAt: null,
      attempts: 1,
      lastError: 'Error: Inngest no responde',
      lockedUntil: null,
    });
    const [delay] = await db.execute<{ seconds: number }>(
      sql`SELECT extract(epoch FROM available_at - now())::int AS seconds FROM outbox WHERE event_id = ${eventId}`,
    );
    expect(Number(delay!.seconds)).toBeGreaterThan(50);

    // Not due yet; once due, it goes through and the error is cleared.
    expect((await relayOutbox(db, { deliver: createEmbeddedDeliverer(db, logger), limit: 500 })).claimed).toBe(0);
    await db
      .update(outbox)
      .set({ availableAt: sql`now()` })
      .where(eq(outbox.eventId, eventId));
    await relayOutbox(db, { deliver: createEmbeddedDeliverer(db, logger), limit: 500 });
    const [done] = await db.select().from(outbox).where(eq(outbox.eventId, eventId));
    expect(done).toMatchObject({ attempts: 2, lastError: null });
    expect(done!.deliveredAt).not.toBeNull();
  });
});
