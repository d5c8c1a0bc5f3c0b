import { and, count, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { cartItems } from '@/db/schema';
import { unitPriceFor } from '@/lib/pricing/price-line';
import { getStoreSettings } from '@/lib/settings/store-settings';
import { parseInput } from '@/lib/validation';
import { cartLineLimit } from './cart-errors';
import { addCartItemSchema } from './cart-schemas';
import { lockOrCreateCart, type CartOwner } from './cart-owner';
import { checkLineQuantity } from './check-line-quantity';
import { loadSellableVariant, variantIdForSku } from './load-variant';

export type CartWriteResult = { cartId: string; itemId: string; quantity: number };

/**
 * Adds units to the owner's line for a variant (creating cart and line as needed). Checks and write
 * happen in one transaction under the cart's row lock and a share lock on the variant (#1, #2).
 * Prices are never taken from the caller (#3).
 */
export async function addCartItem(
  db: Db,
  args: { owner: CartOwner; isVip: boolean; input: unknown },
): Promise<CartWriteResult> {
  const input = parseInput(addCartItemSchema, args.input);
  return db.transaction(async (tx) => {
    const settings = await getStoreSettings(tx);
    const cartId = await lockOrCreateCart(tx, args.owner);
    const variantId = input.variantId ?? (await variantIdForSku(tx, input.sku ?? ''));
    const variant = await loadSellableVariant(tx, variantId);

    const [existing] = await tx
      .select({ id: cartItems.id, quantity: cartItems.quantity })
      .from(cartItems)
      .where(and(eq(cartItems.cartId, cartId), eq(cartItems.variantId, variantId)));
    if (!existing) {
      const [lines] = await tx.select({ n: count() }).from(cartItems).where(eq(cartItems.cartId, cartId));
      if ((lines?.n ?? 0) >= settings.cartMaxLines) throw cartLineLimit(settings.cartMaxLines);
    }
    const quantity = (existing?.quantity ?? 0) + input.quantity;
    checkLineQuantity(quantity, variant, settings);

    const seenUnitPriceCents = unitPriceFor(variant, args.isVip);
    const [line] = await tx
      .insert(cartItems)
      .values({ cartId, variantId, quantity, seenUnitPriceCents })
      .onConflictDoUpdate({
        target: [cartItems.cartId, cartItems.variantId],
        set: { quantity, seenUnitPriceCents, updatedAt: sql`now()` },
      })
      .returning({ id: cartItems.id });
    if (!line) throw new Error('cart line upsert returned no row');
    return { cartId, itemId: line.id, quantity };
  });
}
