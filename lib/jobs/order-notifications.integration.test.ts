import { eq, like, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { emailMessages, notifications, outbox } from '@/db/schema';
import type { OrderStatus } from '@/db/schema/orders';
import { placeOrder } from '@/lib/checkout/place-order';
import { logger } from '@/lib/logger';
import { releaseExpiredReservation } from '@/lib/orders/expire-reservations';
import { lockOrder } from '@/lib/orders/lock-order';
import { transitionOrder } from '@/lib/orders/transition-order';
import { relayOutbox } from '@/lib/outbox/relay-outbox';
import { applyPaymentTransaction } from '@/lib/payments/apply-payment-transaction';
import { createPaymentSessionForOrder } from '@/lib/payments/create-payment-session';
import { createShoppersWithCarts } from '@/lib/testing/commerce-fixtures';
import { createTestProduct } from '@/lib/testing/fixtures';
import { testDb } from '@/lib/testing/test-db';
import { createEmbeddedDeliverer } from './embedded-handlers';
import { notifyOrderStatus } from './notify-order-status';

async function drainOutbox(): Promise<void> {
  const db = testDb();
  while ((await relayOutbox(db, { deliver: createEmbeddedDeliverer(db, logger), limit: 200 })).claimed > 0);
}

async function pendingOrder() {
  const db = testDb();
  const { variants } = await createTestProduct(db, {
    variants: [{ initialStock: 20, priceCents: 4_990_000, lowStockThreshold: 0 }],
  });
  const [userId] = await createShoppersWithCarts(db, {
    count: 1,
    lines: () => [{ variantId: variants[0]!.id, quantity: 2 }],
  });
  return db.transaction(async (tx) => {
    const order = await placeOrder(tx, {
      userId: userId!,
      input: {
        deliveryOption: 'DELIVERY',
        address: { line1: 'Calle 10 # 5-20', city: 'Medellín', department: 'Antioquia', phone: '3001234567' },
      },
    });
    return { order, payment: await createPaymentSessionForOrder(tx, order), userId: userId! };
  });
}

async function moveTo(orderId: string, to: OrderStatus, patch: Record<string, unknown> = {}) {
  await testDb().transaction(async (tx) => {
    const order = await lockOrder(tx, { orderId });
    await transitionOrder(tx, { order: order!, to, actor: { type: 'STAFF' }, patch });
  });
}

const noticesOf = (userId: string) =>
  testDb().select().from(notifications).where(eq(notifications.userId, userId)).orderBy(notifications.createdAt);
const emailsOf = (orderId: string) =>
  testDb()
    .select()
    .from(emailMessages)
    .where(like(emailMessages.dedupeKey, `order-status:${orderId}:%`));

describe('order status notifications (#17)', () => {
  it('tells the customer about each step once, in-app and by email, even when events are delivered again', async () => {
    const { order, payment, userId } = await pendingOrder();
    await applyPaymentTransaction(testDb(), {
      transaction: {
        id: 'trx-notify-1',
        status: 'APPROVED',
        amount_in_cents: payment.amountInCents,
        reference: payment.reference,
        currency: 'COP',
      },
      source: 'test',
    });
    await moveTo(order.id, 'PREPARING');
    await moveTo(order.id, 'SHIPPED', { trackingNumber: 'GUIA-98765' });
    await drainOutbox();

    // Every event delivered a second time (a relay that died before stamping them).
    await testDb()
      .update(outbox)
      .set({ deliveredAt: null, availableAt: sql`now()` })
      .where(like(outbox.eventId, `%${order.id}%`));
    await drainOutbox();

    const notices = await noticesOf(userId);
    expect(notices.map((n) => n.title)).toEqual([
      `Recibimos tu pedido #${order.number}`,
      `Pago confirmado: pedido #${order.number}`,
      `Estamos preparando tu pedido #${order.number}`,
      `Tu pedido #${order.number} va en camino`,
    ]);
    expect(notices.every((n) => n.href === `/cuenta/pedidos/${order.id}` && n.readAt === null)).toBe(true);
    expect(notices[3]!.body).toContain('GUIA-98765');

    const emails = await emailsOf(order.id);
    expect(emails).toHaveLength(4);
    const shipped = emails.find((e) => e.dedupeKey.endsWith(':SHIPPED'))!;
    expect(shipped.subject).toBe(`Tu pedido #${order.number} va en camino · Botica`);
    expect(shipped.text).toContain('GUIA-98765');
    expect(shipped.text).toMatch(/Hola, Comprador/);
    expect(shipped.html).toContain('Ver mi pedido');
    expect(shipped.html).toContain(`/cuenta/pedidos/${order.id}`);
  });

  it('says a reservation expired, and says nothing about an internal fraud review', async () => {
    const expired = await pendingOrder();
    await testDb().execute(
      sql`UPDATE orders SET reservation_expires_at = now() - interval '1 minute' WHERE id = ${expired.order.id}`,
    );
    expect(await releaseExpiredReservation(testDb(), { orderId: expired.order.id })).toBe(true);
    await drainOutbox();
    const titles = (await noticesOf(expired.userId)).map((n) => n.title);
    expect(titles).toContain(`Tu reserva del pedido #${expired.order.number} venció`);

    const flagged = await pendingOrder();
    await drainOutbox();
    const result = await notifyOrderStatus(testDb(), { orderId: flagged.order.id, status: 'FRAUD_ALERT' });
    expect(result).toMatchObject({ skipped: 'not-customer-facing', notified: false, emailIds: [] });
    expect((await noticesOf(flagged.userId)).map((n) => n.title)).toEqual([
      `Recibimos tu pedido #${flagged.order.number}`,
    ]);
  });

  it('gives exactly one notice per (order, status) when the same status is handled concurrently', async () => {
    const { order, userId } = await pendingOrder();
    const results = await Promise.all(
      Array.from({ length: 8 }, () => notifyOrderStatus(testDb(), { orderId: order.id, status: 'PENDING_PAYMENT' })),
    );
    expect(results.filter((r) => r.notified)).toHaveLength(1);
    expect(results.flatMap((r) => r.emailIds)).toHaveLength(1);
    expect(await noticesOf(userId)).toHaveLength(1);
    expect(await emailsOf(order.id)).toHaveLength(1);
  });
});
