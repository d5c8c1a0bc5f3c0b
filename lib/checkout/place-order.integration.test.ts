import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Database, Db } from '@/db/client';
import { cartItems, carts, orders, orderItems, outbox, productVariants, vouchers } from '@/db/schema';
import { withRetry } from '@/lib/db/with-retry';
import { checkInventory } from '@/lib/inventory/check-inventory';
import { cancelOrderByCustomer } from '@/lib/orders/cancel-order';
import { createShoppersWithCarts, createTestVoucher } from '@/lib/testing/commerce-fixtures';
import { createTestProduct } from '@/lib/testing/fixtures';
import { createConcurrentPool, testDb } from '@/lib/testing/test-db';
import { placeOrder } from './place-order';

const pickup = { deliveryOption: 'PICKUP' };
const checkout = (db: Database, userId: string, input: unknown = pickup) =>
  withRetry(() => db.transaction((tx) => placeOrder(tx, { userId, input })));
const codeOf = (r: PromiseSettledResult<unknown>) =>
  r.status === 'rejected' ? ((r.reason as { code?: string }).code ?? String(r.reason)) : 'OK';

function tally(results: PromiseSettledResult<unknown>[]): Record<string, number> {
  return results.reduce<Record<string, number>>((acc, r) => ({ ...acc, [codeOf(r)]: (acc[codeOf(r)] ?? 0) + 1 }), {});
}

/** The reference module's approach: read availability, decide, write back what was read plus one. */
async function naiveCheckout(db: Database, userId: string, variantId: string) {
  return db.transaction(async (tx) => {
    const [v] = await tx.select().from(productVariants).where(eq(productVariants.id, variantId));
    if (!v || v.stock - v.reservedStock < 1) throw Object.assign(new Error('out of stock'), { code: 'MKT-STOCK' });
    await new Promise((r) => setTimeout(r, 2)); // the gap any real request has between read and write
    await tx
      .update(productVariants)
      .set({ reservedStock: v.reservedStock + 1 })
      .where(eq(productVariants.id, variantId));
    await tx.insert(orders).values({
      userId,
      deliveryOption: 'PICKUP',
      subtotalCents: v.priceCents,
      totalCents: v.priceCents,
      estimatedDeliveryDate: '2026-12-01',
    });
  });
}

/** Variants (among `ids`) whose reserved_stock differs from the units in their pending orders. */
async function reservedEqualsPendingSum(db: Db, ids: string[]): Promise<Array<{ id: string }>> {
  return db.execute<{ id: string }>(sql`
    SELECT v.id FROM product_variants v
    LEFT JOIN (SELECT oi.variant_id, SUM(oi.quantity) q FROM order_items oi JOIN orders o ON o.id = oi.order_id
               WHERE o.status = 'PENDING_PAYMENT' AND o.reservation_released_at IS NULL GROUP BY oi.variant_id) p ON p.variant_id = v.id
    WHERE v.reserved_stock <> COALESCE(p.q, 0) AND v.id IN (${sql.join(
      ids.map((id) => sql`${id}::uuid`),
      sql`, `,
    )})`);
}

describe('oversell under 200 concurrent checkouts', () => {
  it('creates exactly 10 orders for 10 units and answers the rest 409 MKT-STOCK', async () => {
    const pool = createConcurrentPool(100);
    const { variants } = await createTestProduct(pool, { variants: [{ initialStock: 10 }] });
    const variantId = variants[0]!.id;
    const shoppers = await createShoppersWithCarts(pool, { count: 200, lines: () => [{ variantId, quantity: 1 }] });

    const results = await Promise.allSettled(shoppers.map((userId) => checkout(pool, userId)));

    expect(tally(results)).toEqual({ OK: 10, 'MKT-STOCK': 190 });
    const [variant] = await pool.select().from(productVariants).where(eq(productVariants.id, variantId));
    expect(variant).toMatchObject({ stock: 10, reservedStock: 10 });
    expect(await checkInventory(pool, { variantIds: [variantId] })).toEqual([]);
    expect(await reservedEqualsPendingSum(pool, [variantId])).toEqual([]);
  });

  it('negative control: the naive read-then-write version oversells under the same harness', async () => {
    const pool = createConcurrentPool(100);
    const { variants } = await createTestProduct(pool, { variants: [{ initialStock: 10 }] });
    const variantId = variants[0]!.id;
    const shoppers = await createShoppersWithCarts(pool, { count: 200, lines: () => [] });

    const results = await Promise.allSettled(shoppers.map((userId) => naiveCheckout(pool, userId, variantId)));

    const created = results.filter((r) => r.status === 'fulfilled').length;
    expect(created).toBeGreaterThan(10); // more orders than units: an oversell
  });
});

describe('multi-line checkouts over overlapping variants', () => {
  it('finishes 100 concurrent carts with zero deadlocks, all-or-nothing, counters equal to pending lines', async () => {
    const pool = createConcurrentPool(100);
    const { variants } = await createTestProduct(pool, {
      variants: [{ initialStock: 60 }, { initialStock: 40 }, { initialStock: 50 }, { initialStock: 30 }],
    });
    const ids = variants.map((v) => v.id);
    const shuffle = <T>(xs: T[], seed: number) =>
      [...xs].sort((a, b) => ((ids.indexOf(String(a)) * 7 + seed) % 5) - ((ids.indexOf(String(b)) * 7 + seed) % 5));
    const shoppers = await createShoppersWithCarts(pool, {
      count: 100,
      lines: (i) =>
        shuffle(ids, i)
          .slice(0, 2 + (i % 3))
          .map((variantId, j) => ({ variantId, quantity: 1 + ((i + j) % 2) })),
    });
    const [before] = await pool.execute<{ deadlocks: string }>(
      sql`SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()`,
    );

    const results = await Promise.allSettled(
      shoppers.map((userId) => pool.transaction((tx) => placeOrder(tx, { userId, input: pickup }))),
    );

    const [after] = await pool.execute<{ deadlocks: string }>(
      sql`SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()`,
    );
    expect(Number(after!.deadlocks) - Number(before!.deadlocks)).toBe(0);
    expect(Object.keys(tally(results)).filter((k) => k !== 'OK' && k !== 'MKT-STOCK')).toEqual([]);
    expect(tally(results).OK).toBeGreaterThan(0);
    expect(tally(results)['MKT-STOCK']).toBeGreaterThan(0);
    // All-or-nothing: every order has every line of its shopper's cart, and failed carts are untouched.
    const partial = await pool.execute(sql`
      SELECT o.id FROM orders o JOIN carts c ON c.user_id = o.user_id
      WHERE EXISTS (SELECT 1 FROM cart_items ci WHERE ci.cart_id = c.id)`);
    expect(partial).toHaveLength(0);
    expect(await reservedEqualsPendingSum(pool, ids)).toEqual([]);
    expect(await checkInventory(pool, { variantIds: ids })).toEqual([]);
  });
});

describe('vouchers under concurrency', () => {
  it('lets a 5-use voucher be used exactly 5 times by 50 concurrent checkouts, and gives a use back on cancel', async () => {
    const pool = createConcurrentPool(50);
    const { variants } = await createTestProduct(pool, { variants: [{ initialStock: 500 }] });
    const voucher = await createTestVoucher(pool, { maxUses: 5, kind: 'FIXED', value: 500_000 });
    const shoppers = await createShoppersWithCarts(pool, {
      count: 50,
      lines: () => [{ variantId: variants[0]!.id, quantity: 1 }],
    });

    const results = await Promise.allSettled(
      shoppers.map((userId) => checkout(pool, userId, { ...pickup, voucherCode: voucher.code.toLowerCase() })),
    );

    expect(tally(results)).toEqual({ OK: 5, 'MKT-VOUCHER-EXHAUSTED': 45 });
    const [used] = await pool.select().from(vouchers).where(eq(vouchers.id, voucher.id));
    expect(used!.usesCount).toBe(5);

    const winner = results.find(
      (r): r is PromiseFulfilledResult<typeof orders.$inferSelect> => r.status === 'fulfilled',
    )!.value;
    expect(winner.voucherDiscountCents).toBe(500_000);
    await cancelOrderByCustomer(pool, { orderId: winner.id, userId: winner.userId });
    const [afterCancel] = await pool.select().from(vouchers).where(eq(vouchers.id, voucher.id));
    expect(afterCancel!.usesCount).toBe(4);
  });
});

describe('placeOrder', () => {
  it('ignores price, total, discount and status fields sent by the client', async () => {
    const db = testDb();
    const { variants } = await createTestProduct(db, { variants: [{ initialStock: 5, priceCents: 4_990_000 }] });
    const [userId] = await createShoppersWithCarts(db, {
      count: 1,
      lines: () => [{ variantId: variants[0]!.id, quantity: 2 }],
    });
    const order = await db.transaction((tx) =>
      placeOrder(tx, {
        userId: userId!,
        input: {
          ...pickup,
          totalCents: 100,
          priceCents: 100,
          discountCents: 9_000_000,
          status: 'PAID',
          unitPriceCents: 1,
        },
      }),
    );
    expect(order).toMatchObject({
      status: 'PENDING_PAYMENT',
      subtotalCents: 9_980_000,
      totalCents: 9_980_000,
      voucherDiscountCents: 0,
    });
    const items = await db.select().from(orderItems).where(eq(orderItems.orderId, order.id));
    expect(items[0]).toMatchObject({ unitPriceCents: 4_990_000, quantity: 2, lineTotalCents: 9_980_000 });
  });

  it('charges VIP prices to an active VIP, adds the delivery fee, and empties the cart', async () => {
    const db = testDb();
    const { variants } = await createTestProduct(db, {
      variants: [{ initialStock: 5, priceCents: 5_000_000, vipPriceCents: 4_200_000 }],
    });
    const [userId] = await createShoppersWithCarts(db, {
      count: 1,
      vipUntil: '2099-12-31',
      lines: () => [{ variantId: variants[0]!.id, quantity: 1 }],
    });
    const order = await db.transaction((tx) =>
      placeOrder(tx, {
        userId: userId!,
        input: {
          deliveryOption: 'DELIVERY',
          address: { line1: 'Calle 93 #11-26', city: 'Bogotá', department: 'Bogotá D.C.', phone: '300 123 4567' },
        },
      }),
    );
    expect(order).toMatchObject({
      subtotalCents: 4_200_000,
      shippingCents: 650_000,
      totalCents: 4_850_000,
      isVipPricing: true,
      addressPhone: '3001234567',
    });
    expect(order.reservationExpiresAt).not.toBeNull();
    const left = await db
      .select()
      .from(cartItems)
      .innerJoin(carts, eq(carts.id, cartItems.cartId))
      .where(eq(carts.userId, userId!));
    expect(left).toHaveLength(0);
    const events = await db
      .select()
      .from(outbox)
      .where(eq(outbox.eventId, `order-created:${order.id}`));
    expect(events).toHaveLength(1);
  });

  it('refuses a changed total with MKT-PRICE-CHANGED and creates nothing', async () => {
    const db = testDb();
    const { variants } = await createTestProduct(db, { variants: [{ initialStock: 5, priceCents: 3_000_000 }] });
    const [userId] = await createShoppersWithCarts(db, {
      count: 1,
      lines: () => [{ variantId: variants[0]!.id, quantity: 1 }],
    });
    await expect(
      db.transaction((tx) => placeOrder(tx, { userId: userId!, input: { ...pickup, expectedTotalCents: 2_900_000 } })),
    ).rejects.toMatchObject({ code: 'MKT-PRICE-CHANGED', status: 409 });
    expect(await db.select().from(orders).where(eq(orders.userId, userId!))).toHaveLength(0);
    const [variant] = await db.select().from(productVariants).where(eq(productVariants.id, variants[0]!.id));
    expect(variant!.reservedStock).toBe(0);
  });

  it('refuses inactive products and bad addresses with their codes', async () => {
    const db = testDb();
    const { product, variants } = await createTestProduct(db, {
      product: { isActive: false },
      variants: [{ initialStock: 5 }],
    });
    const [userId] = await createShoppersWithCarts(db, {
      count: 1,
      lines: () => [{ variantId: variants[0]!.id, quantity: 1 }],
    });
    await expect(db.transaction((tx) => placeOrder(tx, { userId: userId!, input: pickup }))).rejects.toMatchObject({
      code: 'MKT-PRODUCT-INACTIVE',
      message: expect.stringContaining(product.name),
    });
    await expect(
      db.transaction((tx) =>
        placeOrder(tx, {
          userId: userId!,
          input: {
            deliveryOption: 'DELIVERY',
            address: { line1: 'mi casa', city: 'B', department: 'Narnia', phone: '123' },
          },
        }),
      ),
    ).rejects.toMatchObject({
      code: 'MKT-ADDRESS-INVALID',
      status: 422,
      details: {
        fields: {
          'address.line1': expect.any(String),
          'address.city': expect.any(String),
          'address.department': expect.any(String),
          'address.phone': expect.any(String),
        },
      },
    });
  });

  it('answers MKT-CART-EMPTY for an empty cart', async () => {
    const db = testDb();
    const [userId] = await createShoppersWithCarts(db, { count: 1, lines: () => [] });
    await expect(db.transaction((tx) => placeOrder(tx, { userId: userId!, input: pickup }))).rejects.toMatchObject({
      code: 'MKT-CART-EMPTY',
      status: 400,
    });
  });
});

describe('cancel ownership', () => {
  it("answers 404 for another user's order and leaves it untouched", async () => {
    const db = testDb();
    const { variants } = await createTestProduct(db, { variants: [{ initialStock: 5 }] });
    const [owner, stranger] = await createShoppersWithCarts(db, {
      count: 2,
      lines: () => [{ variantId: variants[0]!.id, quantity: 1 }],
    });
    const order = await db.transaction((tx) => placeOrder(tx, { userId: owner!, input: pickup }));
    await expect(cancelOrderByCustomer(db, { orderId: order.id, userId: stranger! })).rejects.toMatchObject({
      code: 'NOT-FOUND',
      status: 404,
    });
    const [still] = await db
      .select()
      .from(orders)
      .where(and(eq(orders.id, order.id), eq(orders.status, 'PENDING_PAYMENT')));
    expect(still).toBeDefined();
  });
});
