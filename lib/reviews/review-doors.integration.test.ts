import { NextRequest } from 'next/server';
import { describe, expect, it, vi } from 'vitest';
import { createTestProduct, createTestUser } from '@/lib/testing/fixtures';
import { testDb } from '@/lib/testing/test-db';

// lib/env reads limits once, at import: set them before any import runs.
vi.hoisted(() => {
  process.env.RATE_LIMIT_REVIEWS_PER_HOUR = '3';
});

// The doors read the session through Auth.js' auth(); the test decides who is signed in.
const session: { userId: string | null } = { userId: null };
vi.mock('@/lib/auth/auth', () => ({ auth: async () => (session.userId ? { user: { id: session.userId } } : null) }));
vi.mock('@/lib/auth/session-token', () => ({
  getSessionUserId: async () => session.userId ?? null,
  getSessionClaims: async () =>
    session.userId ? { userId: session.userId, sessionVersion: 0, issuedAt: null, token: null } : null,
  slideSession: async () => {},
}));

const productReviews = await import('@/app/api/v1/products/[slug]/reviews/route');
const reviewById = await import('@/app/api/v1/reviews/[id]/route');
const adminReviews = await import('@/app/api/v1/admin/reviews/route');
const adminReviewById = await import('@/app/api/v1/admin/reviews/[id]/route');
const wishlist = await import('@/app/api/v1/wishlist/route');
const wishlistItem = await import('@/app/api/v1/wishlist/[productId]/route');

let ip = 0;
function req(path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  return new NextRequest(`http://localhost${path}`, {
    method: init.method ?? 'GET',
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.9.0.${++ip}`, ...init.headers },
  });
}
const params = <P>(p: P) => ({ params: Promise.resolve(p) });
const as = async (role?: 'CUSTOMER' | 'STAFF' | 'ADMIN') => {
  const user = await createTestUser(testDb(), role ? { role } : {});
  session.userId = user.id;
  return user;
};

describe('review doors', () => {
  it('speak docs/api.md: 401, 400 with fields, 201, 409, 404 for strangers, 429, and a public list', async () => {
    const { product } = await createTestProduct(testDb());
    const post = (body: unknown, slug = product.slug) =>
      productReviews.POST(req(`/api/v1/products/${slug}/reviews`, { method: 'POST', body }), params({ slug }));

    session.userId = null;
    expect((await post({ rating: 5, title: 'Hola' })).status).toBe(401);

    const author = await as();
    const bad = await post({ rating: 0 });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatchObject({
      code: 'VALIDATION',
      details: { fields: { rating: expect.any(String), title: expect.any(String), comment: expect.any(String) } },
    });

    const created = await post({ rating: 5, title: 'Excelente', isVerifiedPurchase: true });
    expect(created.status).toBe(201);
    const review = (await created.json()) as { id: string; isVerifiedPurchase: boolean };
    expect(review.isVerifiedPurchase).toBe(false);
    const duplicate = await post({ rating: 4, title: 'Otra' });
    expect(duplicate.status).toBe(409);
    expect((await duplicate.json()).error.code).toBe('REVIEW-EXISTS');
    // Only successful writes count (issue #21 finding 8): the 400 and the 409 above cost nothing, so
    // two edits are still allowed; with the post they use the hour's budget of 3 and the next is 429.
    for (const rating of [4, 5]) {
      const edit = await reviewById.PATCH(
        req(`/api/v1/reviews/${review.id}`, { method: 'PATCH', body: { rating, title: 'Editada' } }),
        params({ id: review.id }),
      );
      expect(edit.status).toBe(200);
    }
    const limited = await post({ rating: 4, title: 'Otra más' });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);

    await as();
    const patch = await reviewById.PATCH(
      req(`/api/v1/reviews/${review.id}`, { method: 'PATCH', body: { rating: 1 } }),
      params({ id: review.id }),
    );
    expect(patch.status).toBe(404);
    const del = await reviewById.DELETE(
      req(`/api/v1/reviews/${review.id}`, { method: 'DELETE' }),
      params({ id: review.id }),
    );
    expect(del.status).toBe(404);

    session.userId = null;
    const list = await productReviews.GET(
      req(`/api/v1/products/${product.slug}/reviews?sort=highest`),
      params({ slug: product.slug }),
    );
    expect(list.status).toBe(200);
    expect(await list.json()).toMatchObject({
      total: 1,
      average: 5,
      count: 1,
      items: [{ id: review.id, authorName: expect.any(String) }],
    });
    expect(
      (await productReviews.GET(req('/api/v1/products/no-existe/reviews'), params({ slug: 'no-existe' }))).status,
    ).toBe(404);
    expect(
      (
        await productReviews.GET(
          req(`/api/v1/products/${product.slug}/reviews?pageSize=500`),
          params({ slug: product.slug }),
        )
      ).status,
    ).toBe(400);

    session.userId = author.id;
    const own = await reviewById.DELETE(
      req(`/api/v1/reviews/${review.id}`, { method: 'DELETE' }),
      params({ id: review.id }),
    );
    expect(own.status).toBe(204);
  });

  it('let ADMIN and STAFF moderate, and nobody else', async () => {
    const { product } = await createTestProduct(testDb());
    await as();
    const created = await productReviews.POST(
      req(`/api/v1/products/${product.slug}/reviews`, { method: 'POST', body: { rating: 2, comment: 'Regular' } }),
      params({ slug: product.slug }),
    );
    const { id } = (await created.json()) as { id: string };
    const patch = () =>
      adminReviewById.PATCH(
        req(`/api/v1/admin/reviews/${id}`, {
          method: 'PATCH',
          body: { isVisible: false, adminResponse: 'Gracias por contarnos.' },
        }),
        params({ id }),
      );

    session.userId = null;
    expect((await patch()).status).toBe(401);
    expect((await adminReviews.GET(req('/api/v1/admin/reviews'), params({}))).status).toBe(401);
    await as('CUSTOMER');
    expect((await patch()).status).toBe(403);
    expect((await adminReviews.GET(req('/api/v1/admin/reviews'), params({}))).status).toBe(403);

    await as('STAFF');
    const moderated = await patch();
    expect(moderated.status).toBe(200);
    expect(await moderated.json()).toMatchObject({
      id,
      isVisible: false,
      adminResponse: 'Gracias por contarnos.',
      rating: { average: 0, count: 0 },
    });
    await as('ADMIN');
    const hidden = await adminReviews.GET(
      req(`/api/v1/admin/reviews?visibility=hidden&product=${product.slug}`),
      params({}),
    );
    expect(await hidden.json()).toMatchObject({
      total: 1,
      items: [{ id, isVisible: false, product: { slug: product.slug } }],
    });
    expect((await adminReviews.GET(req('/api/v1/admin/reviews?rating=9'), params({}))).status).toBe(400);
  });
});

describe('wishlist doors', () => {
  it('PUT is 201 then 200, GET lists, DELETE is always 204, and guests get 401', async () => {
    const { product } = await createTestProduct(testDb(), { variants: [{ priceCents: 3_000_000 }] });
    const put = (productId = product.id) =>
      wishlistItem.PUT(req(`/api/v1/wishlist/${productId}`, { method: 'PUT' }), params({ productId }));
    const remove = () =>
      wishlistItem.DELETE(
        req(`/api/v1/wishlist/${product.id}`, { method: 'DELETE' }),
        params({ productId: product.id }),
      );

    session.userId = null;
    expect((await put()).status).toBe(401);
    expect((await wishlist.GET(req('/api/v1/wishlist'), params({}))).status).toBe(401);

    await as();
    expect((await put()).status).toBe(201);
    expect((await put()).status).toBe(200);
    expect((await put('00000000-0000-4000-8000-000000000000')).status).toBe(404);
    const list = await wishlist.GET(req('/api/v1/wishlist'), params({}));
    expect(await list.json()).toMatchObject({
      items: [{ productId: product.id, priceCents: 3_000_000, priceCentsWhenAdded: 3_000_000, isPriceDrop: false }],
    });
    expect((await remove()).status).toBe(204);
    expect((await remove()).status).toBe(204);
    expect(await (await wishlist.GET(req('/api/v1/wishlist'), params({}))).json()).toEqual({ items: [] });
  });

  it('refuses a cross-site browser request', async () => {
    const { product } = await createTestProduct(testDb());
    await as();
    const res = await wishlistItem.PUT(
      req(`/api/v1/wishlist/${product.id}`, {
        method: 'PUT',
        headers: { origin: 'https://malo.example', 'sec-fetch-site': 'cross-site' },
      }),
      params({ productId: product.id }),
    );
    expect(res.status).toBe(403);
  });
});
