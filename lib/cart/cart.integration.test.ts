import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { cartItems, carts } from '@/db/schema';
import { updateStoreSetting } from '@/lib/settings/store-settings';
import { createTestProduct, createTestUser } from '@/lib/testing/fixtures';
import { createConcurrentPool, testDb } from '@/lib/testing/test-db';
import { addCartItem } from './add-cart-item';
import { hashGuestToken, newGuestToken } from './cart-owner';
import { getCartView } from './get-cart-view';
import { mergeGuestCart } from './merge-guest-cart';
import { removeCartItem, updateCartItem } from './update-cart-item';

const userOwner = async () => ({ userId: (await createTestUser(testDb())).id });

describe('addCartItem', () => {
  it('adds to the existing line and refuses more than is available (stock − reserved)', async () => {
    const db = testDb();
    const owner = await userOwner();
    const { variants } = await createTestProduct(db, { variants: [{ initialStock: 3 }] });
    const variantId = variants[0]!.id;
    await addCartItem(db, { owner, isVip: false, input: { variantId, quantity: 2 } });
    await expect(addCartItem(db, { owner, isVip: false, input: { variantId, quantity: 2 } })).rejects.toMatchObject({
      code: 'MKT-STOCK-CART',
      status: 409,
      details: { available: 3, requested: 4 },
    });
    const view = await getCartView(db, { owner, isVip: false });
    expect(view.items).toHaveLength(1);
    expect(view.items[0]!.quantity).toBe(2);
  });

  it('enforces min and max order quantities and the store limits', async () => {
    const db = testDb();
    const owner = await userOwner();
    const { variants } = await createTestProduct(db, {
      variants: [
        { initialStock: 500, minOrderQuantity: 2, maxOrderQuantity: 6 },
        { initialStock: 500, maxOrderQuantity: 1000 },
      ],
    });
    await expect(
      addCartItem(db, { owner, isVip: false, input: { variantId: variants[0]!.id, quantity: 1 } }),
    ).rejects.toMatchObject({ code: 'MKT-MIN-QUANTITY', status: 422 });
    await expect(
      addCartItem(db, { owner, isVip: false, input: { variantId: variants[0]!.id, quantity: 7 } }),
    ).rejects.toMatchObject({ code: 'MKT-MAX-QUANTITY', status: 422 });
    await expect(
      addCartItem(db, { owner, isVip: false, input: { variantId: variants[1]!.id, quantity: 101 } }),
    ).rejects.toMatchObject({ code: 'MKT-QUANTITY-LIMIT', status: 422 });
  });

  it('refuses a new line beyond the line limit with MKT-CART-LIMIT', async () => {
    const db = testDb();
    await updateStoreSetting(db, { key: 'cartMaxLines', value: 2, actorId: null });
    try {
      const owner = await userOwner();
      const { variants } = await createTestProduct(db, { variants: [{}, {}, {}] });
      await addCartItem(db, { owner, isVip: false, input: { variantId: variants[0]!.id, quantity: 1 } });
      await addCartItem(db, { owner, isVip: false, input: { variantId: variants[1]!.id, quantity: 1 } });
      await expect(
        addCartItem(db, { owner, isVip: false, input: { variantId: variants[2]!.id, quantity: 1 } }),
      ).rejects.toMatchObject({ code: 'MKT-CART-LIMIT', status: 422 });
    } finally {
      await updateStoreSetting(db, { key: 'cartMaxLines', value: 50, actorId: null });
    }
  });

  it('refuses inactive products and flags lines whose product was deactivated later', async () => {
    const db = testDb();
    const owner = await userOwner();
    const inactive = await createTestProduct(db, { product: { isActive: false } });
    await expect(
      addCartItem(db, { owner, isVip: false, input: { variantId: inactive.variants[0]!.id, quantity: 1 } }),
    ).rejects.toMatchObject({ code: 'MKT-PRODUCT-INACTIVE' });

    const later = await createTestProduct(db);
    await addCartItem(db, { owner, isVip: false, input: { variantId: later.variants[0]!.id, quantity: 1 } });
    const { products } = await import('@/db/schema');
    await db.update(products).set({ isActive: false }).where(eq(products.id, later.product.id));
    const view = await getCartView(db, { owner, isVip: false });
    expect(view.items[0]!.issues).toContain('PRODUCT-INACTIVE');
  });

  it('shows VIP prices to an active VIP and never takes a price from the caller', async () => {
    const db = testDb();
    const owner = await userOwner();
    const { variants } = await createTestProduct(db, {
      variants: [{ priceCents: 5_000_000, vipPriceCents: 4_000_000 }],
    });
    await addCartItem(db, {
      owner,
      isVip: true,
      input: { variantId: variants[0]!.id, quantity: 1, priceCents: 100, unitPriceCents: 100 },
    });
    expect((await getCartView(db, { owner, isVip: true })).totalCents).toBe(4_000_000);
    expect((await getCartView(db, { owner, isVip: false })).items[0]!.issues).toContain('PRICE-CHANGED');
  });

  it('never lets concurrent adds to one line exceed availability', async () => {
    const pool = createConcurrentPool(20);
    const owner = { userId: (await createTestUser(pool)).id };
    const { variants } = await createTestProduct(pool, { variants: [{ initialStock: 5 }] });
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () =>
        addCartItem(pool, { owner, isVip: false, input: { variantId: variants[0]!.id, quantity: 1 } }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(5);
    const [line] = await pool
      .select()
      .from(cartItems)
      .innerJoin(carts, eq(carts.id, cartItems.cartId))
      .where(eq(carts.userId, owner.userId));
    expect(line!.cart_items.quantity).toBe(5);
  });
});

describe('ownership', () => {
  it("answers 404 for another shopper's line and changes nothing", async () => {
    const db = testDb();
    const alice = await userOwner();
    const bob = await userOwner();
    const { variants } = await createTestProduct(db);
    const { itemId } = await addCartItem(db, {
      owner: alice,
      isVip: false,
      input: { variantId: variants[0]!.id, quantity: 1 },
    });
    await expect(
      updateCartItem(db, { owner: bob, isVip: false, itemId, input: { quantity: 3 } }),
    ).rejects.toMatchObject({ code: 'NOT-FOUND', status: 404 });
    await expect(removeCartItem(db, { owner: bob, itemId })).rejects.toMatchObject({ code: 'NOT-FOUND' });
    await expect(
      updateCartItem(db, { owner: bob, isVip: false, itemId: 'not-a-uuid', input: { quantity: 1 } }),
    ).rejects.toMatchObject({ code: 'NOT-FOUND' });
    expect((await getCartView(db, { owner: alice, isVip: false })).items[0]!.quantity).toBe(1);
  });
});

describe('mergeGuestCart', () => {
  it('adds guest lines to the user cart, capped by availability, and says what changed', async () => {
    const db = testDb();
    const user = await userOwner();
    const guest = { guestTokenHash: hashGuestToken(newGuestToken()) };
    const { variants } = await createTestProduct(db, { variants: [{ initialStock: 4 }, { initialStock: 10 }] });
    await addCartItem(db, { owner: user, isVip: false, input: { variantId: variants[0]!.id, quantity: 3 } });
    await addCartItem(db, { owner: guest, isVip: false, input: { variantId: variants[0]!.id, quantity: 3 } });
    await addCartItem(db, { owner: guest, isVip: false, input: { variantId: variants[1]!.id, quantity: 2 } });

    const notices = await mergeGuestCart(db, {
      userId: user.userId,
      guestTokenHash: guest.guestTokenHash,
      isVip: false,
    });

    const view = await getCartView(db, { owner: user, isVip: false });
    expect(view.items.map((i) => i.quantity).sort()).toEqual([2, 4]);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message).toContain('ajustamos la cantidad a 4');
    expect(await db.select().from(carts).where(eq(carts.guestTokenHash, guest.guestTokenHash))).toHaveLength(0);
  });
});
