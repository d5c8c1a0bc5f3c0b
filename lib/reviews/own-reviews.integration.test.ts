import { NextRequest } from 'next/server';
import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { reviews } from '@/db/schema';
import { createTestProduct, createTestUser } from '@/lib/testing/fixtures';
import { testDb } from '@/lib/testing/test-db';
import { createReview } from './create-review';
import { listOwnReviews } from './list-own-reviews';
import { updateReview } from './update-review';

const session: { userId: string | null } = { userId: null };
vi.mock('@/lib/auth/auth', () => ({ auth: async () => (session.userId ? { user: { id: session.userId } } : null) }));
vi.mock('@/lib/auth/session-token', () => ({
  getSessionUserId: async () => session.userId ?? null,
  getSessionClaims: async () =>
    session.userId ? { userId: session.userId, sessionVersion: 0, issuedAt: null, token: null } : null,
  slideSession: async () => {},
}));

const { GET } = await import('@/app/api/v1/me/reviews/route');
const get = (query = '') =>
  GET(new NextRequest(`http://localhost/api/v1/me/reviews${query}`), { params: Promise.resolve({}) });

describe('Mis reseñas', () => {
  it('lists only the shopper’s reviews across products, hidden ones marked, paginated; editable', async () => {
    const me = await createTestUser(testDb());
    const other = await createTestUser(testDb());
    const made: Array<{ id: string }> = [];
    for (const name of ['Aceite de coco', 'Crema de karité', 'Sales de baño']) {
      const { product } = await createTestProduct(testDb(), { product: { name } });
      made.push(
        await createReview(testDb(), {
          userId: me.id,
          productId: product.id,
          input: { rating: 4, comment: `Me gustó ${name}` },
        }),
      );
      await createReview(testDb(), {
        userId: other.id,
        productId: product.id,
        input: { rating: 2, comment: 'No tanto' },
      });
    }
    await testDb().update(reviews).set({ isVisible: false }).where(eq(reviews.id, made[0]!.id));

    const page1 = await listOwnReviews(testDb(), { userId: me.id, query: { page: 1, pageSize: 2 } });
    expect(page1.total).toBe(3);
    expect(page1.items).toHaveLength(2);
    const all = await listOwnReviews(testDb(), { userId: me.id, query: {} });
    expect(all.items.map((r) => r.productName).sort()).toEqual(['Aceite de coco', 'Crema de karité', 'Sales de baño']);
    expect(all.items.find((r) => r.id === made[0]!.id)).toMatchObject({
      isVisible: false,
      productSlug: expect.any(String),
    });

    await updateReview(testDb(), { userId: me.id, reviewId: made[0]!.id, input: { rating: 5 } });
    expect(
      (await listOwnReviews(testDb(), { userId: me.id, query: {} })).items.find((r) => r.id === made[0]!.id)!.rating,
    ).toBe(5);
    // Someone else cannot edit it.
    await expect(
      updateReview(testDb(), { userId: other.id, reviewId: made[0]!.id, input: { rating: 1 } }),
    ).rejects.toMatchObject({ status: 404 });
  });

  it('GET /api/v1/me/reviews: 401 anonymous, 400 for a bad page size, private no-store', async () => {
    session.userId = null;
    expect((await get()).status).toBe(401);
    session.userId = (await createTestUser(testDb())).id;
    const bad = await get('?pageSize=500');
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.details.fields.pageSize).toBeDefined();
    // Strict digits and the documented bounds (the fuzz suite's `page=10001` answered 200 outside the document).
    for (const query of ['?page=10001', '?page=0x10', '?page=1e1', '?pageSize=-1']) {
      const refused = await get(query);
      expect(refused.status, query).toBe(400);
    }
    const ok = await get('?page=1');
    expect(ok.status).toBe(200);
    expect(ok.headers.get('cache-control')).toBe('private, no-store');
    expect(await ok.json()).toMatchObject({ items: [], total: 0, page: 1 });
  });
});
