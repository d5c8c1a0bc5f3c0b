import { eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { describe, expect, it, vi } from 'vitest';
import { products } from '@/db/schema';
import { createTestProduct, createTestUser } from '@/lib/testing/fixtures';
import { testDb } from '@/lib/testing/test-db';

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock('@/lib/auth/auth', () => ({ auth: async () => (session.userId ? { user: { id: session.userId } } : null) }));
vi.mock('@/lib/auth/session-token', () => ({
  getSessionUserId: async () => session.userId ?? null,
  getSessionClaims: async () =>
    session.userId ? { userId: session.userId, sessionVersion: 0, issuedAt: null, token: null } : null,
  slideSession: async () => {},
}));

import { POST } from './route';

let ip = 0;
async function add(body: unknown, headers: Record<string, string> = {}) {
  const req = new NextRequest('http://localhost/api/v1/cart/items', {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.17.0.${++ip}`, ...headers },
  });
  const res = await POST(req, { params: Promise.resolve({}) });
  return {
    status: res.status,
    json: (await res.json()) as {
      items?: Array<{ sku: string; variantId: string; quantity: number }>;
      error?: { code: string; details?: { fields?: Record<string, string> } };
    },
  };
}

describe('POST /api/v1/cart/items by SKU', () => {
  it('adds the variant a SKU names, to the same line as by variantId, and replays with Idempotency-Key', async () => {
    session.userId = (await createTestUser(testDb())).id;
    const { variants } = await createTestProduct(testDb(), { variants: [{ initialStock: 20 }, { initialStock: 20 }] });
    const second = variants[1]!;

    const bySku = await add({ sku: second.sku, quantity: 2 });
    expect(bySku.status).toBe(201);
    expect(bySku.json.items).toEqual([expect.objectContaining({ variantId: second.id, sku: second.sku, quantity: 2 })]);
    // Surrounding spaces, as typed by hand, are ignored.
    const again = await add({ sku: ` ${second.sku} `, quantity: 1 });
    expect(again.json.items).toEqual([expect.objectContaining({ variantId: second.id, quantity: 3 })]);
    const byId = await add({ variantId: second.id, quantity: 1 });
    expect(byId.json.items).toEqual([expect.objectContaining({ variantId: second.id, quantity: 4 })]);

    const key = { 'idempotency-key': 'b7c1e2d3-0000-4000-8000-000000001701' };
    const first = await add({ sku: variants[0]!.sku, quantity: 1 }, key);
    const replay = await add({ sku: variants[0]!.sku, quantity: 1 }, key);
    expect([first.status, replay.status]).toEqual([201, 201]);
    expect(replay.json.items?.find((i) => i.variantId === variants[0]!.id)?.quantity).toBe(1);
  });

  it('answers 404 NOT-FOUND for an unknown SKU and for one of a product not on sale, and 400 for neither or both', async () => {
    session.userId = (await createTestUser(testDb())).id;
    const { product, variants } = await createTestProduct(testDb(), { variants: [{ initialStock: 5 }] });
    const unknown = await add({ sku: 'NO-EXISTE-17', quantity: 1 });
    expect(unknown.status).toBe(404);
    expect(unknown.json.error?.code).toBe('NOT-FOUND');

    await testDb().update(products).set({ isActive: false }).where(eq(products.id, product.id));
    const hidden = await add({ sku: variants[0]!.sku, quantity: 1 });
    expect(hidden.status).toBe(404);
    expect(hidden.json.error?.code).toBe('NOT-FOUND');

    const neither = await add({ quantity: 1 });
    expect(neither.status).toBe(400);
    expect(neither.json.error?.details?.fields).toHaveProperty('variantId');
    const both = await add({ sku: variants[0]!.sku, variantId: variants[0]!.id, quantity: 1 });
    expect(both.status).toBe(400);
    expect(both.json.error?.details?.fields).toHaveProperty('sku');
    const blank = await add({ sku: '   ', quantity: 1 });
    expect(blank.status).toBe(400);
    expect(blank.json.error?.details?.fields?.sku).toContain('referencia');
    const badQuantity = await add({ sku: variants[0]!.sku, quantity: '2' });
    expect(badQuantity.status).toBe(400);
    expect(badQuantity.json.error?.details?.fields).toHaveProperty('quantity');
  });
});
