import { NextRequest } from 'next/server';
import { describe, expect, it, vi } from 'vitest';
import { todayInBogota } from '@/lib/auth/vip';
import { createOrderIn } from '@/lib/testing/commerce-fixtures';
import { createTestProduct, createTestUser } from '@/lib/testing/fixtures';
import { testDb } from '@/lib/testing/test-db';
import { cancelOrderByCustomer } from '@/lib/orders/cancel-order';
import { getSalesReport, productSalesCsv } from './sales-report';

const session: { userId: string | null } = { userId: null };
vi.mock('@/lib/auth/auth', () => ({ auth: async () => (session.userId ? { user: { id: session.userId } } : null) }));
vi.mock('@/lib/auth/session-token', () => ({
  getSessionUserId: async () => session.userId ?? null,
  getSessionClaims: async () =>
    session.userId ? { userId: session.userId, sessionVersion: 0, issuedAt: null, token: null } : null,
  slideSession: async () => {},
}));

const { GET } = await import('@/app/api/v1/admin/reports/sales/route');
const get = (query: string) =>
  GET(new NextRequest(`http://localhost/api/v1/admin/reports/sales?${query}`), { params: Promise.resolve({}) });

describe('sales report', () => {
  it('counts orders by status and delivery, revenue, discounts, credit, refunds and every product sold', async () => {
    const db = testDb();
    const today = todayInBogota();
    const products = [];
    for (let i = 0; i < 7; i++)
      products.push(
        await createTestProduct(db, {
          product: { name: i === 0 ? '=HYPERLINK("x") Crema, "especial"' : `Producto ${i}` },
          variants: [{ initialStock: 50, priceCents: 1_000_000 * (i + 1) }],
        }),
      );
    // Seven products each sold once (more than any "top 5"), one paid order cancelled, one left pending.
    for (const p of products)
      await createOrderIn(db, { lines: [{ variantId: p.variants[0]!.id, quantity: 1 }], to: 'PAID' });
    const cancelled = await createOrderIn(db, {
      lines: [{ variantId: products[1]!.variants[0]!.id, quantity: 2 }],
      to: 'PAID',
    });
    await cancelOrderByCustomer(db, { orderId: cancelled.id, userId: cancelled.userId });
    await createOrderIn(db, {
      lines: [{ variantId: products[2]!.variants[0]!.id, quantity: 1 }],
      to: 'PENDING_PAYMENT',
    });

    const report = await getSalesReport(db, { from: today, to: today });
    expect(report.sales).toBe(7);
    expect(report.orders).toBe(9);
    expect(report.byStatus).toEqual(
      expect.arrayContaining([
        { status: 'PAID', orders: 7 },
        { status: 'CANCELLED', orders: 1 },
        { status: 'PENDING_PAYMENT', orders: 1 },
      ]),
    );
    expect(report.byDelivery).toEqual([
      { deliveryOption: 'PICKUP', orders: 9, sales: 7, revenueCents: report.revenueCents },
    ]);
    expect(report.revenueCents).toBe(28_000_000);
    expect(report.refundsCents).toBe(cancelled.totalCents + cancelled.creditAppliedCents);
    expect(report.products).toHaveLength(7);
    expect(report.products[0]).toMatchObject({ units: 1, revenueCents: 7_000_000 });
    expect(report.byDay).toEqual([expect.objectContaining({ date: today, orders: 9, paidOrders: 7 })]);

    const csv = productSalesCsv(report);
    expect(csv.startsWith('\uFEFFproducto_id,producto,unidades_vendidas,unidades_devueltas,ingresos_cop\r\n')).toBe(
      true,
    );
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(8);
    // Formula injection defused and quotes escaped.
    expect(csv).toContain(`"'=HYPERLINK(""x"") Crema, ""especial"""`);
  });

  it('GET ?format=csv downloads an attachment; ADMIN only; bad range and format are 400', async () => {
    session.userId = (await createTestUser(testDb(), { role: 'STAFF' })).id;
    expect((await get('format=csv')).status).toBe(403);
    session.userId = (await createTestUser(testDb(), { role: 'ADMIN' })).id;
    const csv = await get('format=csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toMatch(/^attachment; filename="ventas-por-producto_/);
    expect((await get('format=xml')).status).toBe(400);
    const bad = await get('from=2025-02-10&to=2025-01-01');
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.details.fields.to).toBeDefined();
    expect((await (await get('from=2025-01-01&to=2025-01-31')).json()).byDay).toHaveLength(31);
  });
});
