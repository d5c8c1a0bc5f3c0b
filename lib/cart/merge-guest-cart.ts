import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { cartItems, carts, productVariants, products } from '@/db/schema';
import { unitPriceFor } from '@/lib/pricing/price-line';
import { getStoreSettings } from '@/lib/settings/store-settings';
import { lockOrCreateCart } from './cart-owner';

export type MergeNotice = { productName: string; message: string };

/**
 * Moves a guest cart into the user's cart at sign-in. Quantities add up, then are capped by
 * availability, the variant's max, the store's per-line and line-count limits; lines that cannot be
 * bought are dropped. Each change becomes a Spanish notice for the shopper. The guest cart is deleted.
 */
export async function mergeGuestCart(
  db: Db,
  args: { userId: string; guestTokenHash: string; isVip: boolean },
): Promise<MergeNotice[]> {
  return db.transaction(async (tx) => {
    const [guest] = await tx
      .select({ id: carts.id })
      .from(carts)
      .where(eq(carts.guestTokenHash, args.guestTokenHash))
      .for('update');
    if (!guest) return [];
    const userCartId = await lockOrCreateCart(tx, { userId: args.userId });
    const settings = await getStoreSettings(tx);

    const guestLines = await tx
      .select({
        variantId: cartItems.variantId,
        quantity: cartItems.quantity,
        productName: products.name,
        sellable: sql<boolean>`${products.isActive} AND ${products.deletedAt} IS NULL`,
        priceCents: productVariants.priceCents,
        vipPriceCents: productVariants.vipPriceCents,
        available: sql<number>`${productVariants.stock} - ${productVariants.reservedStock}`,
        minOrderQuantity: productVariants.minOrderQuantity,
        maxOrderQuantity: productVariants.maxOrderQuantity,
      })
      .from(cartItems)
      .innerJoin(productVariants, eq(productVariants.id, cartItems.variantId))
      .innerJoin(products, eq(products.id, productVariants.productId))
      .where(eq(cartItems.cartId, guest.id))
      .orderBy(cartItems.createdAt);
    const userLines = await tx
      .select({ variantId: cartItems.variantId, quantity: cartItems.quantity })
      .from(cartItems)
      .where(eq(cartItems.cartId, userCartId));
    const current = new Map(userLines.map((l) => [l.variantId, l.quantity]));

    const notices: MergeNotice[] = [];
    for (const line of guestLines) {
      if (!line.sellable) {
        notices.push({
          productName: line.productName,
          message: `«${line.productName}» ya no está disponible y no se agregó.`,
        });
        continue;
      }
      const existing = current.get(line.variantId);
      if (existing === undefined && current.size >= settings.cartMaxLines) {
        notices.push({
          productName: line.productName,
          message: `«${line.productName}» no cupo: el carrito admite ${settings.cartMaxLines} productos.`,
        });
        continue;
      }
      const wanted = (existing ?? 0) + line.quantity;
      const cap = Math.min(Number(line.available), line.maxOrderQuantity, settings.cartMaxUnitsPerLine);
      const quantity = Math.min(wanted, cap);
      if (quantity < line.minOrderQuantity) {
        notices.push({
          productName: line.productName,
          message: `«${line.productName}» no tiene unidades suficientes y no se agregó.`,
        });
        continue;
      }
      if (quantity < wanted)
        notices.push({
          productName: line.productName,
          message: `«${line.productName}»: ajustamos la cantidad a ${quantity} (disponible).`,
        });
      current.set(line.variantId, quantity);
      const seenUnitPriceCents = unitPriceFor(line, args.isVip);
      await tx
        .insert(cartItems)
        .values({ cartId: userCartId, variantId: line.variantId, quantity, seenUnitPriceCents })
        .onConflictDoUpdate({
          target: [cartItems.cartId, cartItems.variantId],
          set: { quantity, seenUnitPriceCents, updatedAt: sql`now()` },
        });
    }
    await tx.delete(carts).where(eq(carts.id, guest.id));
    return notices;
  });
}
