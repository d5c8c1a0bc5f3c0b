import { describe, expect, it } from 'vitest';
import { orderItems, orders } from '@/db/schema';
import type { OrderStatus } from '@/db/schema/orders';
import { createTestProduct, createTestUser } from '@/lib/testing/fixtures';
import { testDb } from '@/lib/testing/test-db';
import { listBestSellers } from './dashboard';
import { getSalesMetrics, parseMetricsRange, shiftDate } from './sales-metrics';

type Fixture = {
  at: string;
  status: OrderStatus;
  totalCents: number;
  creditCents?: number;
  paid?: boolean;
  items?: Array<{ product: 0 | 1; quantity: number }>;
};

/**
 * Known orders around Bogotá midnights (UTC−5). `at` is a UTC instant: 2025-03-10T04:59:59Z is still
 * 9 March in Bogotá, 2025-03-10T05:00:00Z is already 10 March.
 */
async function seed(fixtures: Fixture[]) {
  const db = testDb();
  const user = await createTestUser(db);
  const [a, b] = await Promise.all([
    createTestProduct(db, { product: { name: 'Aceite A' } }),
    createTestProduct(db, { product: { name: 'Bálsamo B' } }),
  ]);
  const catalog = [a, b];
  for (const f of fixtures) {
    const credit = f.creditCents ?? 0;
    const [order] = await db
      .insert(orders)
      .values({
        userId: user.id,
        status: f.status,
        deliveryOption: 'PICKUP',
        subtotalCents: f.totalCents + credit,
        creditAppliedCents: credit,
        totalCents: f.totalCents,
        estimatedDeliveryDate: '2025-03-20',
        paidAt: f.paid ? new Date(f.at) : null,
        createdAt: new Date(f.at),
      })
      .returning();
    for (const item of f.items ?? []) {
      const { product, variants } = catalog[item.product]!;
      const unit = 1_000_000;
      await db.insert(orderItems).values({
        orderId: order!.id,
        variantId: variants[0]!.id,
        productId: product.id,
        productName: product.name,
        productSlug: product.slug,
        variantName: 'x',
        sku: variants[0]!.sku,
        quantity: item.quantity,
        regularUnitPriceCents: unit,
        unitPriceCents: unit,
        lineTotalCents: unit * item.quantity,
      });
    }
  }
  return { db, productIds: [a.product.id, b.product.id] };
}

describe('getSalesMetrics', () => {
  it('counts orders, sales, revenue, average and conversion per Bogotá day, excluding cancelled and refunded sales', async () => {
    const { db } = await seed([
      // 9 March in Bogotá (one second before its midnight)
      { at: '2025-03-10T04:59:59Z', status: 'PAID', paid: true, totalCents: 5_000_000 },
      // 10 March in Bogotá: from its first second to its last
      { at: '2025-03-10T05:00:00Z', status: 'DELIVERED', paid: true, totalCents: 3_000_000, creditCents: 1_000_000 },
      { at: '2025-03-10T18:00:00Z', status: 'PENDING_PAYMENT', totalCents: 9_900_000 },
      { at: '2025-03-11T04:59:59Z', status: 'CANCELLED', paid: true, totalCents: 7_000_000 },
      { at: '2025-03-10T20:00:00Z', status: 'SHIPPED', paid: true, totalCents: 2_000_000 },
      // 11 March in Bogotá
      { at: '2025-03-11T05:00:00Z', status: 'CANCELLED', totalCents: 1_000_000 },
      { at: '2025-03-11T12:00:00Z', status: 'REFUNDED', paid: true, totalCents: 4_000_000 },
    ]);
    const m = await getSalesMetrics(db, { from: '2025-03-09', to: '2025-03-12' });
    expect(m.byDay).toEqual([
      { date: '2025-03-09', orders: 1, paidOrders: 1, revenueCents: 5_000_000 },
      { date: '2025-03-10', orders: 4, paidOrders: 2, revenueCents: 6_000_000 },
      { date: '2025-03-11', orders: 2, paidOrders: 0, revenueCents: 0 },
      { date: '2025-03-12', orders: 0, paidOrders: 0, revenueCents: 0 },
    ]);
    expect(m).toMatchObject({
      orders: 7,
      paidOrders: 3,
      revenueCents: 11_000_000,
      averageOrderCents: 3_666_600,
      conversionRate: 0.4286,
    });

    const day10 = await getSalesMetrics(db, { from: '2025-03-10', to: '2025-03-10' });
    expect(day10).toMatchObject({
      orders: 4,
      paidOrders: 2,
      revenueCents: 6_000_000,
      averageOrderCents: 3_000_000,
      conversionRate: 0.5,
    });
    const empty = await getSalesMetrics(db, { from: '2024-01-01', to: '2024-01-02' });
    expect(empty).toMatchObject({ orders: 0, paidOrders: 0, revenueCents: 0, averageOrderCents: 0, conversionRate: 0 });
  });

  it('ranks best sellers by units among sales only', async () => {
    const { db, productIds } = await seed([
      {
        at: '2025-04-02T15:00:00Z',
        status: 'PAID',
        paid: true,
        totalCents: 5_000_000,
        items: [
          { product: 0, quantity: 2 },
          { product: 1, quantity: 3 },
        ],
      },
      {
        at: '2025-04-02T16:00:00Z',
        status: 'PREPARING',
        paid: true,
        totalCents: 1_000_000,
        items: [{ product: 0, quantity: 2 }],
      },
      {
        at: '2025-04-02T17:00:00Z',
        status: 'CANCELLED',
        paid: true,
        totalCents: 9_000_000,
        items: [{ product: 1, quantity: 9 }],
      },
      {
        at: '2025-04-02T18:00:00Z',
        status: 'PENDING_PAYMENT',
        totalCents: 9_000_000,
        items: [{ product: 1, quantity: 9 }],
      },
    ]);
    const best = await listBestSellers(db, { from: '2025-04-02', to: '2025-04-02' });
    expect(best).toEqual([
      { productId: productIds[0], productName: 'Aceite A', units: 4, revenueCents: 4_000_000 },
      { productId: productIds[1], productName: 'Bálsamo B', units: 3, revenueCents: 3_000_000 },
    ]);
  });
});

describe('parseMetricsRange', () => {
  it('defaults to the last 30 Bogotá days and refuses backwards or oversized ranges', () => {
    const range = parseMetricsRange({ to: '2025-03-31' });
    expect(range).toEqual({ from: '2025-03-02', to: '2025-03-31' });
    expect(shiftDate('2024-03-01', -1)).toBe('2024-02-29');
    expect(() => parseMetricsRange({ from: '2025-03-02', to: '2025-03-01' })).toThrow(
      expect.objectContaining({ code: 'VALIDATION' }),
    );
    expect(() => parseMetricsRange({ from: '2023-01-01', to: '2025-01-01' })).toThrow(
      expect.objectContaining({ code: 'VALIDATION' }),
    );
    expect(() => parseMetricsRange({ from: 'ayer' })).toThrow(expect.objectContaining({ code: 'VALIDATION' }));
  });
});
