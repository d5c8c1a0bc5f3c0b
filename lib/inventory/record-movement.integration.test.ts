import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { inventoryMovements, productVariants } from '@/db/schema';
import { pgErrorCode } from '@/lib/db/pg-error';
import { withRetry } from '@/lib/db/with-retry';
import { createTestProduct } from '@/lib/testing/fixtures';
import { createConcurrentPool, testDb } from '@/lib/testing/test-db';
import { checkInventory } from './check-inventory';
import { recordMovement } from './record-movement';

describe('database constraints on stock', () => {
  it('rejects a direct UPDATE that makes reserved_stock exceed stock', async () => {
    const db = testDb();
    const { variants } = await createTestProduct(db, { variants: [{ initialStock: 5 }] });
    const error = await db
      .update(productVariants)
      .set({ reservedStock: 6 })
      .where(eq(productVariants.id, variants[0]!.id))
      .catch((e: unknown) => e);
    expect(pgErrorCode(error)).toBe('23514');
  });

  it('rejects a direct UPDATE that makes stock negative', async () => {
    const db = testDb();
    const { variants } = await createTestProduct(db, { variants: [{ initialStock: 2 }] });
    const error = await db
      .execute(sql`UPDATE product_variants SET stock = stock - 3 WHERE id = ${variants[0]!.id}`)
      .catch((e: unknown) => e);
    expect(pgErrorCode(error)).toBe('23514');
  });

  it('rejects a VIP price that is not below the price, and a min above the max', async () => {
    const db = testDb();
    const { variants } = await createTestProduct(db);
    const id = variants[0]!.id;
    await expect(
      db.update(productVariants).set({ vipPriceCents: 5_000_000 }).where(eq(productVariants.id, id)),
    ).rejects.toMatchObject({ cause: { code: '23514' } });
    await expect(
      db.update(productVariants).set({ minOrderQuantity: 5, maxOrderQuantity: 2 }).where(eq(productVariants.id, id)),
    ).rejects.toMatchObject({ cause: { code: '23514' } });
    await expect(
      db.update(productVariants).set({ priceCents: 4_999_950 }).where(eq(productVariants.id, id)),
    ).rejects.toMatchObject({ cause: { code: '23514' } });
  });

  it('rejects a ledger row whose effect contradicts its type', async () => {
    const db = testDb();
    const { variants } = await createTestProduct(db);
    const error = await db
      .insert(inventoryMovements)
      .values({
        variantId: variants[0]!.id,
        type: 'SALE',
        quantity: -1,
        stockDelta: 0,
        reservedDelta: -1,
        stockAfter: 0,
        reservedAfter: 0,
      })
      .catch((e: unknown) => e);
    expect(pgErrorCode(error)).toBe('23514');
  });
});

describe('recordMovement', () => {
  it('applies each movement type to the counters and the ledger', async () => {
    const db = testDb();
    const { variants } = await createTestProduct(db, { variants: [{ initialStock: 10 }] });
    const variantId = variants[0]!.id;
    await db.transaction(async (tx) => {
      await recordMovement(tx, { variantId, type: 'RESERVATION', quantity: 4 });
      await recordMovement(tx, { variantId, type: 'SALE', quantity: 3 });
      await recordMovement(tx, { variantId, type: 'RESERVATION_RELEASE', quantity: 1 });
      await recordMovement(tx, { variantId, type: 'RETURN', quantity: 2 });
      await recordMovement(tx, { variantId, type: 'ADJUSTMENT', quantity: 1, signedQuantity: -2, note: 'Frasco roto' });
    });
    const [variant] = await db.select().from(productVariants).where(eq(productVariants.id, variantId));
    expect(variant).toMatchObject({ stock: 7, reservedStock: 0 });
    expect(await checkInventory(db)).toEqual([]);
  });

  it('refuses a reservation beyond availability with MKT-STOCK and changes nothing', async () => {
    const db = testDb();
    const { variants } = await createTestProduct(db, { variants: [{ initialStock: 3 }] });
    const variantId = variants[0]!.id;
    await expect(
      db.transaction((tx) => recordMovement(tx, { variantId, type: 'RESERVATION', quantity: 4 })),
    ).rejects.toMatchObject({ code: 'MKT-STOCK', status: 409 });
    const rows = await db.select().from(inventoryMovements).where(eq(inventoryMovements.variantId, variantId));
    expect(rows).toHaveLength(1);
  });

  it('refuses an adjustment that would remove reserved units', async () => {
    const db = testDb();
    const { variants } = await createTestProduct(db, { variants: [{ initialStock: 5 }] });
    const variantId = variants[0]!.id;
    await db.transaction((tx) => recordMovement(tx, { variantId, type: 'RESERVATION', quantity: 4 }));
    await expect(
      db.transaction((tx) => recordMovement(tx, { variantId, type: 'ADJUSTMENT', quantity: 1, signedQuantity: -2 })),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
  });

  it('keeps counters equal to the ledger under 100 concurrent movements on one variant', async () => {
    const pool = createConcurrentPool(50);
    const { variants } = await createTestProduct(pool, { variants: [{ initialStock: 40 }] });
    const variantId = variants[0]!.id;
    const kinds = ['RESERVATION', 'RESTOCK', 'RESERVATION_RELEASE', 'SALE'] as const;
    const results = await Promise.allSettled(
      Array.from({ length: 100 }, (_, i) =>
        withRetry(() =>
          pool.transaction((tx) =>
            recordMovement(tx, { variantId, type: kinds[i % kinds.length]!, quantity: 1 + (i % 3) }),
          ),
        ),
      ),
    );
    const unexpected = results.filter(
      (r) =>
        r.status === 'rejected' && !['MKT-STOCK', 'VALIDATION'].includes((r.reason as { code?: string }).code ?? ''),
    );
    expect(unexpected).toEqual([]);
    expect(results.filter((r) => r.status === 'fulfilled').length).toBeGreaterThan(50);
    expect(await checkInventory(pool)).toEqual([]);
    const [variant] = await pool.select().from(productVariants).where(eq(productVariants.id, variantId));
    expect(variant!.reservedStock).toBeGreaterThanOrEqual(0);
    expect(variant!.reservedStock).toBeLessThanOrEqual(variant!.stock);
  });
});
