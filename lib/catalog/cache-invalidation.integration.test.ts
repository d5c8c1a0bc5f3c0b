import { describe, expect, it } from 'vitest';
import RouteCacheHandler from '@/cache-handlers/route-cache-handler.mjs';
import { tagState } from '@/cache-handlers/tag-state.mjs';
import useCacheHandler from '@/cache-handlers/use-cache-handler.mjs';
import { notifications, wishlistItems } from '@/db/schema';
import { createShoppersWithCarts } from '@/lib/testing/commerce-fixtures';
import { createTestProduct, createTestUser } from '@/lib/testing/fixtures';
import { testDb } from '@/lib/testing/test-db';
import { CATALOG_TAGS, invalidateCatalog } from './cache-tags';

/*
 * The cache handlers' shared tag state (cache-handlers/): invalidations travel through PostgreSQL
 * NOTIFY, only on commit, and make both `'use cache'` entries and cached pages misses.
 */

const db = testDb();

async function eventually(check: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('condition not met in time');
}

function streamOf(text: string): ReadableStream<Uint8Array> {
  return new Response(text).body!;
}

async function listening(): Promise<void> {
  const state = tagState();
  state.ensureListening();
  // The listener marks everything invalid when it connects; wait for that first.
  await eventually(() => state.clearedAt > 0);
}

describe('tag state shared through PostgreSQL', () => {
  it('hears a committed invalidation sent by any connection, and not a rolled-back one', async () => {
    await listening();
    const state = tagState();
    const product = '11111111-1111-1111-1111-111111111111';
    const other = '22222222-2222-2222-2222-222222222222';
    const before = performance.timeOrigin + performance.now();

    await db
      .transaction(async (tx) => {
        await invalidateCatalog({ productIds: [other] }, { db: tx });
        throw new Error('roll back');
      })
      .catch(() => {});
    const afterRollback = performance.timeOrigin + performance.now();
    await db.transaction(async (tx) => {
      await invalidateCatalog({ productIds: [product] }, { db: tx });
    });

    await eventually(() => state.isExpired([CATALOG_TAGS.product(product)], before));
    expect(state.isExpired([CATALOG_TAGS.lists], before)).toBe(true);
    // The rolled-back change expired its tag in this process only (at once, before commit: it costs a
    // render), but its NOTIFY never went out: nothing marked it again after the rollback.
    expect(state.expiration([CATALOG_TAGS.product(other)])).toBeLessThan(afterRollback);
  });

  it("a 'use cache' entry is served until one of its tags (or a page's soft tag) is invalidated", async () => {
    await listening();
    const key = `key-${Math.random()}`;
    const timestamp = performance.timeOrigin + performance.now();
    await useCacheHandler.set(
      key,
      Promise.resolve({
        value: streamOf('hello'),
        tags: ['catalog:product:a'],
        stale: 5,
        timestamp,
        expire: 3600,
        revalidate: 5,
      }),
    );
    const hit = await useCacheHandler.get(key, ['_N_T_/productos/x']);
    expect(await new Response(hit!.value).text()).toBe('hello');
    // Served twice: every hit gets its own stream.
    expect(await new Response((await useCacheHandler.get(key, []))!.value).text()).toBe('hello');

    await useCacheHandler.updateTags(['_N_T_/productos/x']);
    expect(await useCacheHandler.get(key, ['_N_T_/productos/x'])).toBeUndefined();
    expect(await useCacheHandler.getExpiration(['_N_T_/productos/x'])).toBeGreaterThan(timestamp);
  });

  it('a cached page is a miss after an invalidation of a tag it carries, and fresh when stored well after', async () => {
    await listening();
    const pages = new RouteCacheHandler();
    const page = { kind: 'APP_PAGE', headers: { 'x-next-cache-tags': 'catalog,catalog:variant:v1' }, html: 'x' };
    await new Promise((r) => setTimeout(r, 1_100)); // out of the race window of the listener's connect
    await pages.set('/productos/aceite', page);
    expect((await pages.get('/productos/aceite'))?.value).toBe(page);

    await invalidateCatalog({ variantIds: ['v1'] });
    expect(await pages.get('/productos/aceite')).toBeNull();

    // Stored right after an invalidation of its tags: it may hold data read before it, so it is a miss.
    await pages.set('/productos/aceite', page);
    expect(await pages.get('/productos/aceite')).toBeNull();
  });
});

describe('GET /api/v1/me/summary service', () => {
  it('answers for a VIP, a regular shopper and an unknown session, each only with their own data', async () => {
    const { getMeSummary } = await import('@/lib/me/get-me-summary');
    const vip = await createTestUser(db, { name: 'Valeria Vip', vipUntil: '2999-12-31' });
    const regular = await createTestUser(db, { name: 'Rosa Regular' });

    const vipSummary = await getMeSummary(db, { userId: vip.id, guestTokenHash: null });
    expect(vipSummary).toEqual({
      user: { name: 'Valeria Vip', role: 'CUSTOMER', isVip: true },
      cartItemCount: 0,
      wishlistProductIds: [],
      unreadNotifications: 0,
    });
    expect((await getMeSummary(db, { userId: regular.id, guestTokenHash: null })).user).toEqual({
      name: 'Rosa Regular',
      role: 'CUSTOMER',
      isVip: false,
    });
    const gone = await getMeSummary(db, { userId: '33333333-3333-3333-3333-333333333333', guestTokenHash: null });
    expect(gone).toEqual({ user: null, cartItemCount: 0, wishlistProductIds: [], unreadNotifications: 0 });
    const guest = await getMeSummary(db, { userId: null, guestTokenHash: 'no-such-cart' });
    expect(guest.user).toBeNull();
  });

  it('counts the cart units, saved products and unread notifications of that shopper only', async () => {
    const { getMeSummary } = await import('@/lib/me/get-me-summary');
    const { product, variants } = await createTestProduct(db);
    const [buyer, other] = await createShoppersWithCarts(db, {
      count: 2,
      lines: (i) => [{ variantId: variants[0]!.id, quantity: i === 0 ? 3 : 7 }],
    });
    await db.insert(wishlistItems).values({ userId: buyer!, productId: product.id, priceCentsWhenAdded: 1000 });
    await db.insert(notifications).values([
      { userId: buyer!, kind: 'ORDER_STATUS', dedupeKey: 'a', title: 't', body: 'b' },
      { userId: buyer!, kind: 'ORDER_STATUS', dedupeKey: 'b', title: 't', body: 'b', readAt: new Date() },
      { userId: other!, kind: 'ORDER_STATUS', dedupeKey: 'c', title: 't', body: 'b' },
    ]);
    const summary = await getMeSummary(db, { userId: buyer!, guestTokenHash: null });
    expect(summary.cartItemCount).toBe(3);
    expect(summary.wishlistProductIds).toEqual([product.id]);
    expect(summary.unreadNotifications).toBe(1);
  });
});
