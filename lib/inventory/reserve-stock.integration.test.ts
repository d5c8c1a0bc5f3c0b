import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { inventoryMovements, products, productVariants } from '@/db/schema';
import { createTestProduct } from '@/lib/testing/fixtures';
import { testDb } from '@/lib/testing/test-db';
import { checkInventory } from './check-inventory';
import { reserveStock } from './reserve-stock';

describe('reserveStock: the conditional reservation checkout runs last', () => {
  it('reserves and writes the ledger row in one statement; counters agree with the ledger', async () => {
    const db = testDb();
    const { variants } = await createTestProduct(db, { variants: [{ initialStock: 5, priceCents: 3_000_000 }] });
    const v = variants[0]!;
    await db.transaction((tx) =>
      reserveStock(
        tx,
        [
          {
            variantId: v.id,
            productName: 'Aceite',
            quantity: 2,
            priceCents: 3_000_000,
            vipPriceCents: v.vipPriceCents,
          },
        ],
        { orderId: null, actorId: null },
      ),
    );
    const [row] = await db.select().from(productVariants).where(eq(productVariants.id, v.id));
    expect(row).toMatchObject({ stock: 5, reservedStock: 2 });
    const ledger = await db.select().from(inventoryMovements).where(eq(inventoryMovements.variantId, v.id));
    expect(ledger.find((m) => m.type === 'RESERVATION')).toMatchObject({
      quantity: 2,
      reservedAfter: 2,
      stockAfter: 5,
    });
    expect(await checkInventory(db, { variantIds: [v.id] })).toEqual([]);
  });

  it('refuses a price changed since the unlocked read with MKT-PRICE-CHANGED, and too few units with MKT-STOCK', async () => {
    const db = testDb();
    const { variants } = await createTestProduct(db, {
      variants: [
        { initialStock: 5, priceCents: 3_000_000 },
        { initialStock: 1, priceCents: 2_000_000 },
      ],
    });
    const [a, b] = [variants[0]!, variants[1]!];
    await expect(
      db.transaction((tx) =>
        reserveStock(
          tx,
          [
            {
              variantId: a.id,
              productName: 'Aceite',
              quantity: 1,
              priceCents: 2_900_000,
              vipPriceCents: a.vipPriceCents,
            },
          ],
          { orderId: null, actorId: null },
        ),
      ),
    ).rejects.toMatchObject({ code: 'MKT-PRICE-CHANGED', status: 409, message: expect.stringContaining('Aceite') });
    await expect(
      db.transaction((tx) =>
        reserveStock(
          tx,
          [
            {
              variantId: a.id,
              productName: 'Aceite',
              quantity: 1,
              priceCents: 3_000_000,
              vipPriceCents: a.vipPriceCents,
            },
            {
              variantId: b.id,
              productName: 'Crema',
              quantity: 2,
              priceCents: 2_000_000,
              vipPriceCents: b.vipPriceCents,
            },
          ],
          { orderId: null, actorId: null },
        ),
      ),
    ).rejects.toMatchObject({ code: 'MKT-STOCK', status: 409, message: 'Solo quedan 1 de «Crema» (pediste 2).' });
    // The whole transaction rolled back: the line that did fit reserved nothing either.
    const rows = await db.select().from(productVariants).where(eq(productVariants.productId, a.productId));
    expect(rows.map((r) => r.reservedStock)).toEqual([0, 0]);
    expect(await checkInventory(db, { variantIds: [a.id, b.id] })).toEqual([]);
  });

  it('refuses a product withdrawn since the unlocked read with MKT-PRODUCT-INACTIVE', async () => {
    const db = testDb();
    const { product, variants } = await createTestProduct(db, {
      variants: [{ initialStock: 5, priceCents: 3_000_000 }],
    });
    const v = variants[0]!;
    await db.update(products).set({ isActive: false }).where(eq(products.id, product.id));
    await expect(
      db.transaction((tx) =>
        reserveStock(
          tx,
          [
            {
              variantId: v.id,
              productName: 'Aceite',
              quantity: 1,
              priceCents: 3_000_000,
              vipPriceCents: v.vipPriceCents,
            },
          ],
          { orderId: null, actorId: null },
        ),
      ),
    ).rejects.toMatchObject({ code: 'MKT-PRODUCT-INACTIVE', message: expect.stringContaining('Aceite') });
  });
});
