import { randomUUID } from 'node:crypto';
import type { Db } from '@/db/client';
import { cartItems, carts, users, vouchers } from '@/db/schema';

/** Many users at once, each with a cart holding `lines` (inserted directly: fixtures, not the flow under test). */
export async function createShoppersWithCarts(db: Db, args: { count: number; lines: (index: number) => Array<{ variantId: string; quantity: number }>; vipUntil?: string | null }) {
  const created = await db
    .insert(users)
    .values(Array.from({ length: args.count }, (_, i) => ({ email: `comprador-${i}-${randomUUID().slice(0, 8)}@test.botica`, name: `Comprador ${i}`, passwordHash: 'x', vipUntil: args.vipUntil ?? null })))
    .returning({ id: users.id });
  const cartRows = await db.insert(carts).values(created.map((u) => ({ userId: u.id }))).returning({ id: carts.id, userId: carts.userId });
  const items = cartRows.flatMap((cart, i) => args.lines(i).map((l) => ({ cartId: cart.id, variantId: l.variantId, quantity: l.quantity, seenUnitPriceCents: 0 })));
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
