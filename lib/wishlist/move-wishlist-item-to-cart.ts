import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { productVariants, wishlistItems } from '@/db/schema';
import { addCartItem, type CartWriteResult } from '@/lib/cart/add-cart-item';
import { AppError } from '@/lib/errors';
import { isUuid } from '@/lib/validation';
import { wishlistItemNotFound } from './wishlist-errors';

const soldOut = () =>
  new AppError({
    code: 'MKT-STOCK-CART',
    status: 409,
    message: 'Este producto está agotado. Te avisamos cuando vuelva.',
    details: { available: 0 },
  });

/**
 * Puts a saved product in the cart and takes it off the wishlist, both or neither (one transaction;
 * addCartItem's own checks run in a savepoint inside it). Without a variant, the cheapest one that can
 * be sold now. The quantity is the variant's minimum order (usually 1).
 */
export async function moveWishlistItemToCart(
  db: Db,
  args: { userId: string; isVip: boolean; productId: string; variantId?: string },
): Promise<CartWriteResult & { variantId: string }> {
  if (!isUuid(args.productId)) throw wishlistItemNotFound();
  if (args.variantId !== undefined && !isUuid(args.variantId)) throw wishlistItemNotFound();
  return db.transaction(async (tx) => {
    const saved = and(eq(wishlistItems.userId, args.userId), eq(wishlistItems.productId, args.productId));
    const [item] = await tx.select({ id: wishlistItems.id }).from(wishlistItems).where(saved).for('update');
    if (!item) throw wishlistItemNotFound();

    const variants = await tx
      .select({
        id: productVariants.id,
        priceCents: productVariants.priceCents,
        stock: productVariants.stock,
        reservedStock: productVariants.reservedStock,
        minOrderQuantity: productVariants.minOrderQuantity,
      })
      .from(productVariants)
      .where(eq(productVariants.productId, args.productId));
    const chosen = args.variantId
      ? variants.find((v) => v.id === args.variantId)
      : variants
          .filter((v) => v.stock - v.reservedStock >= v.minOrderQuantity)
          .sort((a, b) => a.priceCents - b.priceCents)[0];
    if (args.variantId && !chosen) throw wishlistItemNotFound();
    if (!chosen) throw soldOut();

    const result = await addCartItem(tx, {
      owner: { userId: args.userId },
      isVip: args.isVip,
      input: { variantId: chosen.id, quantity: chosen.minOrderQuantity },
    });
    await tx.delete(wishlistItems).where(saved);
    return { ...result, variantId: chosen.id };
  });
}
