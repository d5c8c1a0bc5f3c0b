import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { cartItems } from '@/db/schema';
import { notFound } from '@/lib/errors';
import { unitPriceFor } from '@/lib/pricing/price-line';
import { getStoreSettings } from '@/lib/settings/store-settings';
import { isUuid, parseInput } from '@/lib/validation';
import { updateCartItemSchema } from './cart-schemas';
import { lockOrCreateCart, type CartOwner } from './cart-owner';
import { checkLineQuantity } from './check-line-quantity';
import { loadSellableVariant } from './load-variant';

const lineNotFound = () => notFound('Esa línea no está en tu carrito.');

/** Sets a line's quantity (0 removes it). A line of someone else's cart answers 404, changing nothing. */
export async function updateCartItem(
  db: Db,
  args: { owner: CartOwner; isVip: boolean; itemId: string; input: unknown },
): Promise<{ removed: boolean }> {
  const { quantity } = parseInput(updateCartItemSchema, args.input);
  if (!isUuid(args.itemId)) throw lineNotFound();
  return db.transaction(async (tx) => {
    const cartId = await lockOrCreateCart(tx, args.owner);
    const [line] = await tx
      .select({ id: cartItems.id, variantId: cartItems.variantId })
      .from(cartItems)
      .where(and(eq(cartItems.id, args.itemId), eq(cartItems.cartId, cartId)));
    if (!line) throw lineNotFound();
    if (quantity === 0) {
      await tx.delete(cartItems).where(eq(cartItems.id, line.id));
      return { removed: true };
    }
    const settings = await getStoreSettings(tx);
    const variant = await loadSellableVariant(tx, line.variantId);
    checkLineQuantity(quantity, variant, settings);
    await tx
      .update(cartItems)
      .set({ quantity, seenUnitPriceCents: unitPriceFor(variant, args.isVip), updatedAt: sql`now()` })
      .where(eq(cartItems.id, line.id));
    return { removed: false };
  });
}

export async function removeCartItem(db: Db, args: { owner: CartOwner; itemId: string }): Promise<void> {
  if (!isUuid(args.itemId)) throw lineNotFound();
  await db.transaction(async (tx) => {
    const cartId = await lockOrCreateCart(tx, args.owner);
    const deleted = await tx
      .delete(cartItems)
      .where(and(eq(cartItems.id, args.itemId), eq(cartItems.cartId, cartId)))
      .returning({ id: cartItems.id });
    if (deleted.length === 0) throw lineNotFound();
  });
}
