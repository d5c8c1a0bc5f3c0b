import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { cartItems, carts, productVariants, products, variantPriceHistory, wishlistItems } from '@/db/schema';
import { createTestProduct, createTestUser } from '@/lib/testing/fixtures';
import { testDb } from '@/lib/testing/test-db';
import { addToWishlist } from './add-to-wishlist';
import { listWishlist } from './list-wishlist';
import { listWishlistedProductIds } from './list-wishlisted-ids';
import { moveWishlistItemToCart } from './move-wishlist-item-to-cart';
import { removeFromWishlist } from './remove-from-wishlist';

const db = () => testDb();
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);

/** What the admin's variant edit does (lib/admin/variants): the new price plus a price-history row. */
async function changePrice(variantId: string, args: { from: number; to: number; at: Date }) {
  await db().update(productVariants).set({ priceCents: args.to }).where(eq(productVariants.id, variantId));
  await db()
    .insert(variantPriceHistory)
    .values({ variantId, oldPriceCents: args.from, newPriceCents: args.to, changedAt: args.at });
}

async function savedAt(userId: string, productId: string, at: Date) {
  await addToWishlist(db(), { userId, productId });
  await db()
    .update(wishlistItems)
    .set({ createdAt: at })
    .where(and(eq(wishlistItems.userId, userId), eq(wishlistItems.productId, productId)));
}

describe('wishlist', () => {
  it('remembers the lowest price when saved and stays idempotent', async () => {
    const user = await createTestUser(db());
    const { product } = await createTestProduct(db(), {
      variants: [{ priceCents: 6_000_000 }, { priceCents: 4_500_000 }],
    });
    const first = await addToWishlist(db(), { userId: user.id, productId: product.id });
    expect(first).toMatchObject({ isNew: true, priceCentsWhenAdded: 4_500_000 });
    const again = await addToWishlist(db(), { userId: user.id, productId: product.id });
    expect(again).toMatchObject({ isNew: false, priceCentsWhenAdded: 4_500_000, addedAt: first.addedAt });

    const [item] = await listWishlist(db(), { userId: user.id, isVip: false });
    expect(item).toMatchObject({
      productId: product.id,
      priceCents: 4_500_000,
      isFromPrice: true,
      isPriceDrop: false,
      priceDropCents: 0,
      inStock: true,
    });
    expect([
      ...(await listWishlistedProductIds(db(), { userId: user.id, productIds: [product.id, crypto.randomUUID()] })),
    ]).toEqual([product.id]);

    expect(await removeFromWishlist(db(), { userId: user.id, productId: product.id })).toEqual({ removed: true });
    expect(await removeFromWishlist(db(), { userId: user.id, productId: product.id })).toEqual({ removed: false });
    expect(await listWishlist(db(), { userId: user.id, isVip: false })).toEqual([]);
  });

  it('shows "Bajó de precio" from the price history: only cuts after saving count', async () => {
    const user = await createTestUser(db());
    const {
      product: dropped,
      variants: [droppedVariant],
    } = await createTestProduct(db(), { variants: [{ priceCents: 5_000_000 }] });
    const {
      product: cutBefore,
      variants: [cutBeforeVariant],
    } = await createTestProduct(db(), { variants: [{ priceCents: 5_000_000 }] });
    const {
      product: raised,
      variants: [raisedVariant],
    } = await createTestProduct(db(), { variants: [{ priceCents: 5_000_000 }] });

    await changePrice(cutBeforeVariant!.id, { from: 5_000_000, to: 4_000_000, at: daysAgo(20) });
    await savedAt(user.id, dropped.id, daysAgo(10));
    await savedAt(user.id, cutBefore.id, daysAgo(10));
    await savedAt(user.id, raised.id, daysAgo(10));
    const cutAt = daysAgo(3);
    await changePrice(droppedVariant!.id, { from: 5_000_000, to: 3_900_000, at: cutAt });
    await changePrice(raisedVariant!.id, { from: 5_000_000, to: 5_500_000, at: daysAgo(2) });

    const items = Object.fromEntries(
      (await listWishlist(db(), { userId: user.id, isVip: false })).map((i) => [i.productId, i]),
    );
    expect(items[dropped.id]).toMatchObject({
      priceCentsWhenAdded: 5_000_000,
      priceCents: 3_900_000,
      isPriceDrop: true,
      priceDropCents: 1_100_000,
      priceDroppedAt: cutAt.toISOString(),
    });
    expect(items[cutBefore.id]).toMatchObject({
      priceCentsWhenAdded: 4_000_000,
      isPriceDrop: false,
      priceDroppedAt: null,
    });
    expect(items[raised.id]).toMatchObject({ priceCents: 5_500_000, isPriceDrop: false });
  });

  it('shows a VIP their price without inventing a drop when membership starts', async () => {
    const user = await createTestUser(db());
    const { product } = await createTestProduct(db(), {
      variants: [{ priceCents: 5_000_000, vipPriceCents: 4_500_000 }],
    });
    await addToWishlist(db(), { userId: user.id, productId: product.id });
    // The shopper became VIP after saving it (isVip is what the doors read from the session).
    const [item] = await listWishlist(db(), { userId: user.id, isVip: true });
    expect(item).toMatchObject({ priceCents: 4_500_000, regularPriceCents: 5_000_000, isPriceDrop: false });
  });

  it('drops deactivated and deleted products silently, and shows sold-out ones as such', async () => {
    const user = await createTestUser(db());
    const { product: keep } = await createTestProduct(db());
    const { product: softDeleted } = await createTestProduct(db());
    const { product: inactive } = await createTestProduct(db());
    const { product: hardDeleted } = await createTestProduct(db(), { variants: [] });
    const { product: soldOut } = await createTestProduct(db(), { variants: [{ initialStock: 0 }] });
    await db()
      .insert(productVariants)
      .values({
        productId: hardDeleted.id,
        sku: `SKU-${crypto.randomUUID().slice(0, 8)}`,
        name: 'Única',
        priceCents: 2_000_000,
      });
    for (const p of [keep, softDeleted, inactive, hardDeleted, soldOut])
      await addToWishlist(db(), { userId: user.id, productId: p.id });

    await db().update(products).set({ deletedAt: new Date() }).where(eq(products.id, softDeleted.id));
    await db().update(products).set({ isActive: false }).where(eq(products.id, inactive.id));
    await db().delete(productVariants).where(eq(productVariants.productId, hardDeleted.id));
    await db().delete(products).where(eq(products.id, hardDeleted.id));

    const items = await listWishlist(db(), { userId: user.id, isVip: false });
    expect(items.map((i) => i.productId).sort()).toEqual([keep.id, soldOut.id].sort());
    expect(items.find((i) => i.productId === soldOut.id)).toMatchObject({ inStock: false });
    await expect(addToWishlist(db(), { userId: user.id, productId: inactive.id })).rejects.toMatchObject({
      code: 'NOT-FOUND',
      status: 404,
    });
    await expect(addToWishlist(db(), { userId: user.id, productId: 'nada' })).rejects.toMatchObject({
      code: 'NOT-FOUND',
    });

    // Reactivated, it comes back with the price it was saved at.
    await db().update(products).set({ isActive: true }).where(eq(products.id, inactive.id));
    expect((await listWishlist(db(), { userId: user.id, isVip: false })).map((i) => i.productId)).toContain(
      inactive.id,
    );
  });

  it('moves an item to the cart and off the list, all or nothing', async () => {
    const user = await createTestUser(db());
    const { product, variants } = await createTestProduct(db(), {
      variants: [{ priceCents: 6_000_000 }, { priceCents: 3_000_000, minOrderQuantity: 2 }],
    });
    const { product: soldOut } = await createTestProduct(db(), { variants: [{ initialStock: 0 }] });
    await addToWishlist(db(), { userId: user.id, productId: product.id });
    await addToWishlist(db(), { userId: user.id, productId: soldOut.id });

    const moved = await moveWishlistItemToCart(db(), { userId: user.id, isVip: false, productId: product.id });
    expect(moved).toMatchObject({ variantId: variants[1]!.id, quantity: 2 });
    const lines = await db()
      .select({ variantId: cartItems.variantId, quantity: cartItems.quantity })
      .from(cartItems)
      .innerJoin(carts, eq(carts.id, cartItems.cartId))
      .where(eq(carts.userId, user.id));
    expect(lines).toEqual([{ variantId: variants[1]!.id, quantity: 2 }]);

    await expect(
      moveWishlistItemToCart(db(), { userId: user.id, isVip: false, productId: soldOut.id }),
    ).rejects.toMatchObject({ code: 'MKT-STOCK-CART', status: 409 });
    await expect(
      moveWishlistItemToCart(db(), { userId: user.id, isVip: false, productId: product.id }),
    ).rejects.toMatchObject({ code: 'NOT-FOUND' });
    expect((await listWishlist(db(), { userId: user.id, isVip: false })).map((i) => i.productId)).toEqual([soldOut.id]);

    const other = await createTestUser(db());
    await expect(
      moveWishlistItemToCart(db(), { userId: other.id, isVip: false, productId: soldOut.id }),
    ).rejects.toMatchObject({ code: 'NOT-FOUND' });
  });
});
