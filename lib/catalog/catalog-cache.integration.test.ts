import { afterAll, describe, expect, it } from 'vitest';
import { recordMovement } from '@/lib/inventory/record-movement';
import { createCatalogProduct } from '@/lib/testing/catalog-fixtures';
import { createConcurrentPool, testDb } from '@/lib/testing/test-db';
import { invalidateCatalog } from './cache-tags';
import { CATALOG_TTL_MS, subscribeToCatalogInvalidations, whenCatalogCacheSubscribed } from './catalog-cache';
import { getCachedProduct, getCachedProductList } from './cached-catalog';
import { TagCache } from './tag-cache';

const db = testDb();

async function eventually(check: () => boolean | Promise<boolean>, timeoutMs = 3_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('condition not met in time');
}

describe('catalogue cache invalidation after a stock change', () => {
  it('serves cached availability until invalidated, then the new value; other products stay cached', async () => {
    const a = await createCatalogProduct(db, { name: 'Cache A', variants: [{ stock: 10, lowStockThreshold: 2 }] });
    const b = await createCatalogProduct(db, { name: 'Cache B', variants: [{ stock: 10 }] });
    const listQuery = { q: 'cache', inStock: true, sort: 'name', page: 1, pageSize: 10 } as const;
    // The cache is emptied whenever its LISTEN session (re)connects; start after that.
    await whenCatalogCacheSubscribed();

    expect((await getCachedProduct(a.product.slug))?.variants[0]?.available).toBe(10);
    expect((await getCachedProduct(b.product.slug))?.variants[0]?.available).toBe(10);
    expect((await getCachedProductList(listQuery)).items.map((p) => p.name)).toEqual(['Cache A', 'Cache B']);

    // A write that forgets to invalidate is invisible until expiry: proof that the cache is in play.
    await recordMovement(db, { variantId: a.variants[0]!.id, type: 'RESERVATION', quantity: 10 });
    await recordMovement(db, { variantId: b.variants[0]!.id, type: 'RESERVATION', quantity: 4 });
    expect((await getCachedProduct(a.product.slug))?.variants[0]?.available).toBe(10);

    await invalidateCatalog({ variantIds: [a.variants[0]!.id] });

    const detail = await getCachedProduct(a.product.slug);
    expect(detail?.variants[0]).toMatchObject({ available: 0, availability: 'OUT_OF_STOCK' });
    expect(detail?.inStock).toBe(false);
    // Lists carry the lists tag: the now sold-out product leaves the "in stock only" results.
    expect((await getCachedProductList(listQuery)).items.map((p) => p.name)).toEqual(['Cache B']);
    // Exactly the affected tags: B's detail was not dropped, so it still shows its cached value.
    expect((await getCachedProduct(b.product.slug))?.variants[0]?.available).toBe(10);
  });

  it('keeps availability at most 5 seconds old even when an invalidation is missed', () => {
    expect(CATALOG_TTL_MS.availability).toBeLessThanOrEqual(5_000);
  });
});

describe('cross-instance invalidation through PostgreSQL NOTIFY', () => {
  const otherPool = createConcurrentPool(2);
  afterAll(async () => {
    await otherPool.$client.end({ timeout: 5 });
  });

  it('drops the entry on another instance when the writing transaction commits, not when it rolls back', async () => {
    const { product, variants } = await createCatalogProduct(db, { name: 'Otra instancia', variants: [{ stock: 5 }] });
    const otherInstance = new TagCache({ maxEntries: 100 });
    const unlisten = await subscribeToCatalogInvalidations(otherPool, otherInstance);
    try {
      const load = () =>
        otherInstance.getOrLoad(
          'detail',
          { ttlMs: 60_000, tags: [`catalog:variant:${variants[0]!.id}`] },
          async () => product.slug,
        );
      await load();
      expect(otherInstance.size).toBe(1);

      // A rolled-back write sends nothing: NOTIFY is transactional.
      await db
        .transaction(async (tx) => {
          await recordMovement(tx, { variantId: variants[0]!.id, type: 'RESERVATION', quantity: 1 });
          await invalidateCatalog({ variantIds: [variants[0]!.id] }, { db: tx });
          throw new Error('rollback');
        })
        .catch(() => {});
      await new Promise((r) => setTimeout(r, 200));
      expect(otherInstance.size).toBe(1);

      await db.transaction(async (tx) => {
        await recordMovement(tx, { variantId: variants[0]!.id, type: 'RESERVATION', quantity: 2 });
        await invalidateCatalog({ variantIds: [variants[0]!.id] }, { db: tx });
      });
      await eventually(() => otherInstance.size === 0);
    } finally {
      await unlisten();
    }
  });

  it('leaves entries of unrelated products alone on the other instance', async () => {
    const otherInstance = new TagCache({ maxEntries: 100 });
    const unlisten = await subscribeToCatalogInvalidations(otherPool, otherInstance);
    try {
      await otherInstance.getOrLoad(
        'unrelated',
        { ttlMs: 60_000, tags: ['catalog:product:00000000-0000-0000-0000-000000000000'] },
        async () => 1,
      );
      await otherInstance.getOrLoad('a-list', { ttlMs: 60_000, tags: ['catalog:lists'] }, async () => 2);
      await invalidateCatalog({ productIds: ['11111111-1111-1111-1111-111111111111'] });
      await eventually(() => otherInstance.size === 1);
      expect(await otherInstance.getOrLoad('unrelated', { ttlMs: 60_000 }, async () => 99)).toBe(1);
    } finally {
      await unlisten();
    }
  });
});
