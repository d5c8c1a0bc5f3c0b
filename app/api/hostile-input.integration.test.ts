import { eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { describe, expect, it, vi } from 'vitest';
import { cartItems, carts, orders } from '@/db/schema';
import { createOrderIn } from '@/lib/testing/commerce-fixtures';
import { createTestProduct, createTestUser } from '@/lib/testing/fixtures';
import { testDb } from '@/lib/testing/test-db';

/**
 * Regression tests for the findings of issue #21 (hostile input answered 500 or accepted), through
 * the real route handlers against PostgreSQL. Findings 1 and 5 (path escapes, unknown paths, wrong
 * methods) are answered before Next.js: lib/http/api-edge.test.ts. Finding 8: review-doors test.
 */
const session: { userId: string | null } = { userId: null };
vi.mock('@/lib/auth/auth', () => ({ auth: async () => (session.userId ? { user: { id: session.userId } } : null) }));
vi.mock('@/lib/auth/session-token', () => ({
  getSessionUserId: async () => session.userId ?? null,
  getSessionClaims: async () =>
    session.userId ? { userId: session.userId, sessionVersion: 0, issuedAt: null, token: null } : null,
  slideSession: async () => {},
}));

const cartItemsRoute = await import('@/app/api/v1/cart/items/route');
const cartItemRoute = await import('@/app/api/v1/cart/items/[itemId]/route');
const checkoutRoute = await import('@/app/api/v1/checkout/route');
const cancelRoute = await import('@/app/api/v1/orders/[id]/cancel/route');
const signUpRoute = await import('@/app/api/v1/auth/sign-up/route');
const movementsRoute = await import('@/app/api/v1/admin/variants/[id]/inventory-movements/route');
const adminProductsRoute = await import('@/app/api/v1/admin/products/route');
const adminProductRoute = await import('@/app/api/v1/admin/products/[id]/route');
const vouchersRoute = await import('@/app/api/v1/admin/vouchers/route');
const webhookRoute = await import('@/app/api/webhooks/wompi/route');
const restockRoute = await import('@/app/api/v1/variants/[id]/restock-subscription/route');

let ip = 0;
type Init = { method?: string; body?: unknown; raw?: string; headers?: Record<string, string> };
function req(path: string, init: Init = {}) {
  const body = init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body));
  return new NextRequest(`http://localhost${path}`, {
    method: init.method ?? 'GET',
    body,
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.21.0.${++ip}`, ...init.headers },
  });
}
const params = <P>(p: P) => ({ params: Promise.resolve(p) });
const none = params({});
async function signIn(role: 'CUSTOMER' | 'ADMIN' = 'CUSTOMER') {
  const user = await createTestUser(testDb(), { role });
  session.userId = user.id;
  return user;
}
async function expectRefused(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  const body = (await response.json()) as { error: { code: string; details: Record<string, unknown> } };
  expect(body.error.code).toBe(code);
  return body.error;
}
const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('issue #21 findings', () => {
  it('2 and 4: NUL or a lone surrogate in any saved or searched string is a 400 naming the field', async () => {
    session.userId = null;
    const nul = await signUpRoute.POST(
      req('/api/v1/auth/sign-up', {
        method: 'POST',
        body: { name: 'Ana\u0000', email: 'ana-nul@test.botica', password: 'una-clave-larga-1' },
      }),
      none,
    );
    expect((await expectRefused(nul, 400, 'VALIDATION')).details.fields).toHaveProperty('name');

    const admin = await signIn('ADMIN');
    expect(admin.role).toBe('ADMIN');
    const { variants } = await createTestProduct(testDb());
    const surrogate = await movementsRoute.POST(
      req(`/api/v1/admin/variants/${variants[0]!.id}/inventory-movements`, {
        method: 'POST',
        raw: '{"type":"RESTOCK","quantity":1,"note":"x\\ud800y"}',
      }),
      params({ id: variants[0]!.id }),
    );
    expect((await expectRefused(surrogate, 400, 'VALIDATION')).details.fields).toHaveProperty('note');

    const search = await adminProductsRoute.GET(req('/api/v1/admin/products?q=a%00b'), none);
    await expectRefused(search, 400, 'VALIDATION');
  });

  it('3: a deeply nested body with an Idempotency-Key is a 400, not a crash in the request hash', async () => {
    await signIn();
    const key = { 'idempotency-key': 'a1b2c3d4-0000-4000-8000-000000002103' };
    const raw = `{"variantId":${nested(5_000)},"quantity":1}`;
    await expectRefused(
      await cartItemsRoute.POST(req('/api/v1/cart/items', { method: 'POST', raw, headers: key }), none),
      400,
      'VALIDATION',
    );
    await expectRefused(
      await checkoutRoute.POST(req('/api/v1/checkout', { method: 'POST', raw, headers: key }), none),
      400,
      'VALIDATION',
    );
  });

  it('6: cart quantities are JSON integers; null, false, "", [], "0x10", "1e1", true and [1] are refused', async () => {
    const user = await signIn();
    const { variants } = await createTestProduct(testDb(), { variants: [{ initialStock: 50 }] });
    const variantId = variants[0]!.id;
    for (const quantity of ['0x10', '1e1', true, [1], '2', null]) {
      const added = await cartItemsRoute.POST(
        req('/api/v1/cart/items', { method: 'POST', body: { variantId, quantity } }),
        none,
      );
      expect((await expectRefused(added, 400, 'VALIDATION')).details.fields).toHaveProperty('quantity');
    }
    expect(
      (await cartItemsRoute.POST(req('/api/v1/cart/items', { method: 'POST', body: { variantId, quantity: 2 } }), none))
        .status,
    ).toBe(201);
    const [cart] = await testDb().select().from(carts).where(eq(carts.userId, user.id));
    const [item] = await testDb().select().from(cartItems).where(eq(cartItems.cartId, cart!.id));
    for (const quantity of [null, false, '', [], '0x10']) {
      const patched = await cartItemRoute.PATCH(
        req(`/api/v1/cart/items/${item!.id}`, { method: 'PATCH', body: { quantity } }),
        params({ itemId: item!.id }),
      );
      await expectRefused(patched, 400, 'VALIDATION');
    }
    const [still] = await testDb().select().from(cartItems).where(eq(cartItems.id, item!.id));
    expect(still?.quantity).toBe(2); // never deleted by a coerced 0
  });

  it('7: malformed cancel bodies, rolled-over dates, string tags, empty PATCH bodies, bad keys, unknown parents, oversize webhooks and non-JSON bodies are refused', async () => {
    const shopper = await signIn();
    const { variants } = await createTestProduct(testDb(), { variants: [{ initialStock: 10 }] });
    const order = await createOrderIn(testDb(), {
      lines: [{ variantId: variants[0]!.id, quantity: 1 }],
      to: 'PENDING_PAYMENT',
      userId: shopper.id,
    });
    for (const raw of ['[1]', '"x"', '{"refund":"CASH"}', '{"other":1}', '{']) {
      const cancel = await cancelRoute.POST(
        req(`/api/v1/orders/${order.id}/cancel`, { method: 'POST', raw }),
        params({ id: order.id }),
      );
      await expectRefused(cancel, 400, 'VALIDATION');
    }
    const [unchanged] = await testDb().select().from(orders).where(eq(orders.id, order.id));
    expect(unchanged?.status).toBe('PENDING_PAYMENT');

    for (const [raw, contentType] of [
      ['{"variantId":"x","quantity":1}', 'text/plain'],
      ['{"variantId":"x","quantity":1}', 'application/json; charset=utf-16'],
      ['{"variantId":"x","quantity":1}', ''],
    ] as const) {
      const response = await cartItemsRoute.POST(
        req('/api/v1/cart/items', { method: 'POST', raw, headers: { 'content-type': contentType } }),
        none,
      );
      await expectRefused(response, 415, 'UNSUPPORTED-MEDIA-TYPE');
    }
    const badKey = await checkoutRoute.POST(
      req('/api/v1/checkout', {
        method: 'POST',
        body: { deliveryOption: 'PICKUP' },
        headers: { 'idempotency-key': 'not-a-uuid-but-long' },
      }),
      none,
    );
    await expectRefused(badKey, 400, 'VALIDATION');

    await signIn('ADMIN');
    const product = variants[0]!.productId;
    for (const raw of ['', 'null', '{}', '[]']) {
      const patch = await adminProductRoute.PATCH(
        req(`/api/v1/admin/products/${product}`, { method: 'PATCH', raw }),
        params({ id: product }),
      );
      await expectRefused(patch, 400, 'VALIDATION');
    }
    const tags = await adminProductRoute.PATCH(
      req(`/api/v1/admin/products/${product}`, { method: 'PATCH', body: { tags: 'abc' } }),
      params({ id: product }),
    );
    expect((await expectRefused(tags, 400, 'VALIDATION')).details.fields).toHaveProperty('tags');

    const voucher = await vouchersRoute.POST(
      req('/api/v1/admin/vouchers', {
        method: 'POST',
        body: { code: 'ROLLOVER', kind: 'PERCENT', value: 10, startsAt: '2024-02-30' },
      }),
      none,
    );
    expect((await expectRefused(voucher, 400, 'VALIDATION')).details.fields).toHaveProperty('startsAt');

    const unknownVariant = 'a1b2c3d4-0000-4000-8000-000000000000';
    const movements = await movementsRoute.GET(
      req(`/api/v1/admin/variants/${unknownVariant}/inventory-movements`),
      params({ id: unknownVariant }),
    );
    await expectRefused(movements, 404, 'NOT-FOUND');

    const webhook = await webhookRoute.POST(
      req('/api/webhooks/wompi', { method: 'POST', raw: `{"pad":"${'x'.repeat(70 * 1024)}"}` }),
    );
    await expectRefused(webhook, 413, 'PAYLOAD-TOO-LARGE');
  });

  it('bodies over 64 KiB without Content-Length (chunked) are refused while streaming', async () => {
    await signIn();
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 16 * 1024;
        if (sent > 4 * 1024 * 1024) return controller.close(); // would be 4 MiB if read whole
        controller.enqueue(new TextEncoder().encode(' '.repeat(16 * 1024)));
      },
    });
    const response = await cartItemsRoute.POST(
      new NextRequest('http://localhost/api/v1/cart/items', {
        method: 'POST',
        body: stream,
        headers: { 'content-type': 'application/json' },
        duplex: 'half',
      } as ConstructorParameters<typeof NextRequest>[1]),
      none,
    );
    await expectRefused(response, 413, 'PAYLOAD-TOO-LARGE');
    expect(sent).toBeLessThan(256 * 1024); // stopped reading soon after the limit
  });

  it('fuzz suite: an id that cannot be a variant is a 404 on the restock GET, not a 200 echoing it', async () => {
    await signIn();
    for (const id of ['-1', '0', 'J']) {
      const response = await restockRoute.GET(req(`/api/v1/variants/${id}/restock-subscription`), params({ id }));
      await expectRefused(response, 404, 'NOT-FOUND');
    }
    const { variants } = await createTestProduct(testDb(), { variants: [{ initialStock: 0 }] });
    const id = variants[0]!.id;
    const known = await restockRoute.GET(req(`/api/v1/variants/${id}/restock-subscription`), params({ id }));
    expect(await known.json()).toEqual({ variantId: id, subscribed: false });
  });
});
