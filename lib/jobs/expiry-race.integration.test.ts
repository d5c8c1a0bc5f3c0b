import { eq, inArray, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { inventoryMovements, orders, outbox, productVariants } from '@/db/schema';
import { placeOrder } from '@/lib/checkout/place-order';
import { checkInventory } from '@/lib/inventory/check-inventory';
import { releaseExpiredReservation } from '@/lib/orders/expire-reservations';
import { applyPaymentTransaction } from '@/lib/payments/apply-payment-transaction';
import { createPaymentSessionForOrder } from '@/lib/payments/create-payment-session';
import { createShoppersWithCarts } from '@/lib/testing/commerce-fixtures';
import { createTestProduct } from '@/lib/testing/fixtures';
import { createConcurrentPool, testDb } from '@/lib/testing/test-db';

const ORDERS = 100;
const COMPETITORS = 25;

function shuffle<T>(items: T[]): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

describe('reservation expiry racing payment approval', () => {
  it('100 orders end either PAID with stock captured or expired with a refund due — never both, never released twice', async () => {
    const db = testDb();
    const { variants } = await createTestProduct(db, {
      variants: [{ initialStock: ORDERS, priceCents: 4_990_000, lowStockThreshold: 0 }],
    });
    const variantId = variants[0]!.id;
    const buyers = await createShoppersWithCarts(db, { count: ORDERS, lines: () => [{ variantId, quantity: 1 }] });
    const placed = [];
    for (const userId of buyers) {
      placed.push(
        await db.transaction(async (tx) => {
          const order = await placeOrder(tx, { userId, input: { deliveryOption: 'PICKUP' } });
          return { order, payment: await createPaymentSessionForOrder(tx, order) };
        }),
      );
    }
    const orderIds = placed.map((p) => p.order.id);
    // Every reservation is now past due, so the sweeper and the approval are both entitled to act.
    await db.execute(
      sql`UPDATE orders SET reservation_expires_at = now() - interval '1 minute' WHERE id IN (${sql.join(
        orderIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`,
    );
    // Shoppers who grab any unit an expiry frees before its late payment can take it back.
    const competitors = await createShoppersWithCarts(db, {
      count: COMPETITORS,
      lines: () => [{ variantId, quantity: 1 }],
    });

    const pool = createConcurrentPool(40);
    const operations = shuffle([
      ...placed.map(
        ({ payment }, i) =>
          () =>
            applyPaymentTransaction(pool, {
              transaction: {
                id: `trx-race-${i}`,
                status: 'APPROVED',
                amount_in_cents: payment.amountInCents,
                reference: payment.reference,
                currency: 'COP',
              },
              source: 'test',
            }),
      ),
      ...orderIds.map((orderId) => () => releaseExpiredReservation(pool, { orderId })),
      ...competitors.map(
        (userId) => () =>
          pool
            .transaction((tx) => placeOrder(tx, { userId, input: { deliveryOption: 'PICKUP' } }))
            .then(
              () => 'placed',
              (e: { code?: string }) => e.code ?? 'error',
            ),
      ),
    ]);
    const outcomes = await Promise.all(operations.map((op) => op()));
    expect(outcomes).not.toContain('error');
    const competitorOrders = outcomes.filter((o) => o === 'placed').length;

    const finals = await db.select().from(orders).where(inArray(orders.id, orderIds));
    const ledger = await db
      .select({
        orderId: inventoryMovements.orderId,
        type: inventoryMovements.type,
        reservedDelta: inventoryMovements.reservedDelta,
      })
      .from(inventoryMovements)
      .where(inArray(inventoryMovements.orderId, orderIds));
    const movesOf = (orderId: string, type: string) =>
      ledger.filter((m) => m.orderId === orderId && m.type === type).length;

    let paid = 0;
    let refundDue = 0;
    for (const order of finals) {
      const sales = movesOf(order.id, 'SALE');
      const releases = movesOf(order.id, 'RESERVATION_RELEASE');
      const reservedNet = ledger.filter((m) => m.orderId === order.id).reduce((n, m) => n + m.reservedDelta, 0);
      expect(releases, `order ${order.id} released twice`).toBeLessThanOrEqual(1);
      expect(reservedNet, `order ${order.id} still holds reserved units`).toBe(0);
      if (order.status === 'PAID') {
        paid++;
        expect({ sales, refundDueCents: order.refundDueCents, paymentIssue: order.paymentIssue }).toEqual({
          sales: 1,
          refundDueCents: 0,
          paymentIssue: null,
        });
        // Paid after its expiry released it: reserved again, then captured.
        if (releases === 1) expect(movesOf(order.id, 'RESERVATION')).toBe(2);
      } else {
        refundDue++;
        expect(order).toMatchObject({
          status: 'CANCELLED',
          cancellationReason: 'EXPIRED',
          paymentIssue: 'PAID_WITHOUT_STOCK',
          refundDueCents: order.totalCents,
        });
        expect({ sales, releases }).toEqual({ sales: 0, releases: 1 });
      }
    }
    expect(paid + refundDue).toBe(ORDERS);
    expect(refundDue).toBeLessThanOrEqual(competitorOrders);

    const [variant] = await db.select().from(productVariants).where(eq(productVariants.id, variantId));
    expect(variant).toMatchObject({ stock: ORDERS - paid, reservedStock: competitorOrders });
    expect(await checkInventory(db)).toEqual([]);
    // Each order announced PAID at most once, whatever path it took.
    const paidEvents = await db
      .select({ eventId: outbox.eventId })
      .from(outbox)
      .where(
        inArray(
          outbox.eventId,
          orderIds.map((id) => `order-status:${id}:PAID`),
        ),
      );
    expect(paidEvents).toHaveLength(paid);
  });
});
