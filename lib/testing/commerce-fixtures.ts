import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { cartItems, carts, users, vouchers } from '@/db/schema';

/** Many users at once, each with a cart holding `lines` (inserted directly: fixtures, not the flow under test). */
export async function createShoppersWithCarts(
  db: Db,
  args: {
    count: number;
    lines: (index: number) => Array<{ variantId: string; quantity: number }>;
    vipUntil?: string | null;
  },
) {
  const created = await db
    .insert(users)
    .values(
      Array.from({ length: args.count }, (_, i) => ({
        email: `comprador-${i}-${randomUUID().slice(0, 8)}@test.botica`,
        name: `Comprador ${i}`,
        passwordHash: 'x',
        vipUntil: args.vipUntil ?? null,
      })),
    )
    .returning({ id: users.id });
  const cartRows = await db
    .insert(carts)
    .values(created.map((u) => ({ userId: u.id })))
    .returning({ id: carts.id, userId: carts.userId });
  const items = cartRows.flatMap((cart, i) =>
    args
      .lines(i)
      .map((l) => ({ cartId: cart.id, variantId: l.variantId, quantity: l.quantity, seenUnitPriceCents: 0 })),
  );
  if (items.length > 0) await db.insert(cartItems).values(items);
  return created.map((u) => u.id);
}

export async function createTestVoucher(db: Db, overrides: Partial<typeof vouchers.$inferInsert> = {}) {
  const [voucher] = await db
    .insert(vouchers)
    .values({ code: `PRUEBA${randomUUID().slice(0, 6).toUpperCase()}`, kind: 'PERCENT', value: 10, ...overrides })
    .returning();
  if (!voucher) throw new Error('voucher fixture not created');
  return voucher;
}

/** Places and pays an order for a fresh shopper, then walks it to `to` the way staff would. */
export async function createOrderIn(
  db: import('@/db/client').Database,
  args: {
    lines: Array<{ variantId: string; quantity: number }>;
    to: 'PENDING_PAYMENT' | 'PAID' | 'DELIVERED';
    deliveredAt?: Date;
    userId?: string;
    input?: Record<string, unknown>;
  },
) {
  const { placeOrder } = await import('@/lib/checkout/place-order');
  const { captureOrder } = await import('@/lib/orders/capture-order');
  const { transitionOrder } = await import('@/lib/orders/transition-order');
  const { lockOrder } = await import('@/lib/orders/lock-order');
  const userId = args.userId ?? (await createShoppersWithCarts(db, { count: 1, lines: () => [] }))[0]!;
  await db.insert(carts).values({ userId }).onConflictDoNothing();
  const [cart] = await db.select().from(carts).where(eq(carts.userId, userId));
  await db.insert(cartItems).values(
    args.lines.map((l) => ({
      cartId: cart!.id,
      variantId: l.variantId,
      quantity: l.quantity,
      seenUnitPriceCents: 0,
    })),
  );
  return db.transaction(async (tx) => {
    let order = await placeOrder(tx, { userId, input: { deliveryOption: 'PICKUP', ...args.input } });
    if (args.to === 'PENDING_PAYMENT' || order.status === 'PAID') return order;
    order = await captureOrder(tx, { order, actor: { type: 'PAYMENT_PROVIDER' }, reason: 'fixture' });
    if (args.to === 'PAID') return order;
    for (const to of ['PREPARING', 'SHIPPED', 'DELIVERED'] as const) {
      const locked = (await lockOrder(tx, { orderId: order.id }))!;
      order = await transitionOrder(tx, {
        order: locked,
        to,
        actor: { type: 'STAFF' },
        patch: to === 'DELIVERED' ? { deliveredAt: args.deliveredAt ?? new Date() } : {},
      });
    }
    return order;
  });
}
