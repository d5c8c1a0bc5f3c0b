import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { productImages, products } from '@/db/schema';
import { addCartItem } from '@/lib/cart/add-cart-item';
import { getCartView } from '@/lib/cart/get-cart-view';
import { getProductBySlug } from '@/lib/catalog/get-product';
import { createTestProduct, createTestUser } from '@/lib/testing/fixtures';
import { testDb } from '@/lib/testing/test-db';

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock('@/lib/auth/auth', () => ({
  auth: vi.fn(async () => (session.userId ? { user: { id: session.userId } } : null)),
}));
vi.mock('@/lib/auth/session-token', () => ({
  getSessionUserId: async () => session.userId ?? null,
  getSessionClaims: async () =>
    session.userId ? { userId: session.userId, sessionVersion: 0, issuedAt: null, token: null } : null,
  slideSession: async () => {},
}));

import * as upload from '@/app/api/v1/admin/products/[id]/images/route';
import * as image from './[id]/route';

let adminId: string;
beforeAll(async () => {
  adminId = (await createTestUser(testDb(), { role: 'ADMIN' })).id;
  session.userId = adminId;
});

type ImageJson = {
  id: string;
  url: string;
  alt: string;
  variantId: string | null;
  isPrimary: boolean;
  position: number;
};
type ErrorJson = { error: { code: string; details?: { fields?: Record<string, string> } } };

async function png(color: string) {
  const bytes = await sharp({ create: { width: 240, height: 240, channels: 3, background: color } })
    .png()
    .toBuffer();
  return new File([new Uint8Array(bytes)], 'foto.png', { type: 'image/png' });
}

async function post(productId: string, fields: Record<string, string | File>) {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  const req = new NextRequest(`http://localhost/api/v1/admin/products/${productId}/images`, {
    method: 'POST',
    body: form,
  });
  const res = await upload.POST(req, { params: Promise.resolve({ id: productId }) });
  return { status: res.status, json: (await res.json()) as ImageJson & ErrorJson };
}

async function patch(imageId: string, body: unknown) {
  const req = new NextRequest(`http://localhost/api/v1/admin/images/${imageId}`, {
    method: 'PATCH',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
  });
  const res = await image.PATCH(req, { params: Promise.resolve({ id: imageId }) });
  return { status: res.status, json: (await res.json()) as ImageJson & ErrorJson };
}

async function remove(imageId: string) {
  const req = new NextRequest(`http://localhost/api/v1/admin/images/${imageId}`, { method: 'DELETE' });
  const res = await image.DELETE(req, { params: Promise.resolve({ id: imageId }) });
  return { status: res.status };
}

const primaries = async (productId: string) =>
  (
    await testDb()
      .select({ id: productImages.id })
      .from(productImages)
      .where(and(eq(productImages.productId, productId), eq(productImages.isPrimary, true)))
  ).map((r) => r.id);

async function kit() {
  const { product, variants } = await createTestProduct(testDb(), { variants: [{}, {}] });
  await testDb()
    .update(products)
    .set({ whatIsIncluded: 'Aceite de lavanda 30 ml\nVela de soya' })
    .where(eq(products.id, product.id));
  return { product, a: variants[0]!, b: variants[1]! };
}

describe('images per variant (POST /admin/products/{id}/images, PATCH/DELETE /admin/images/{id})', () => {
  it('uploads to a variant, makes the first image primary, moves the primary, and the store lists them in order', async () => {
    const { product, a, b } = await kit();
    const general = await post(product.id, { file: await png('#c8b89a'), alt: 'Kit completo sobre la mesa' });
    expect(general.status).toBe(201);
    expect(general.json).toMatchObject({
      variantId: null,
      isPrimary: true,
      position: 0,
      alt: 'Kit completo sobre la mesa',
    });

    const ofA = await post(product.id, { file: await png('#5a8a6e'), alt: 'Frasco de 30 ml', variantId: a.id });
    const ofB = await post(product.id, {
      file: await png('#8a5a6e'),
      alt: 'Frasco de 100 ml',
      variantId: b.id,
      isPrimary: 'true',
    });
    expect(ofA.json).toMatchObject({ variantId: a.id, isPrimary: false, position: 1 });
    expect(ofB.json).toMatchObject({ variantId: b.id, isPrimary: true, position: 2 });
    expect(await primaries(product.id)).toEqual([ofB.json.id]);

    const detail = await getProductBySlug(testDb(), product.slug);
    expect(detail?.whatIsIncluded).toBe('Aceite de lavanda 30 ml\nVela de soya');
    // The primary first, then gallery order; each image says which variant it shows.
    expect(detail?.images.map((i) => [i.alt, i.variantId, i.isPrimary])).toEqual([
      ['Frasco de 100 ml', b.id, true],
      ['Kit completo sobre la mesa', null, false],
      ['Frasco de 30 ml', a.id, false],
    ]);

    // A cart line shows its own variant's image; a variant without one shows the primary.
    const owner = { userId: (await createTestUser(testDb())).id };
    await addCartItem(testDb(), { owner, isVip: false, input: { variantId: a.id, quantity: 1 } });
    const cart = await getCartView(testDb(), { owner, isVip: false });
    expect(cart.items.map((i) => i.imageUrl)).toEqual([ofA.json.url]);

    // Edit alt, move the variant, reorder to the front.
    const edited = await patch(ofA.json.id, { alt: 'Frasco pequeño', variantId: null, position: 0 });
    expect(edited.json).toMatchObject({ alt: 'Frasco pequeño', variantId: null, position: 0, isPrimary: false });

    // Deleting the primary promotes another one in the same transaction.
    expect((await remove(ofB.json.id)).status).toBe(200);
    expect(await primaries(product.id)).toHaveLength(1);
  });

  it('refuses a variant of another product, a missing alt text, un-marking the primary, and unknown images', async () => {
    const { product } = await kit();
    const other = await createTestProduct(testDb());
    const foreign = await post(product.id, {
      file: await png('#c8b89a'),
      alt: 'Frasco',
      variantId: other.variants[0]!.id,
    });
    expect(foreign.status).toBe(400);
    expect(foreign.json.error.details?.fields?.variantId).toContain('variante');
    const noAlt = await post(product.id, { file: await png('#c8b89a'), alt: '' });
    expect(noAlt.status).toBe(400);
    expect(noAlt.json.error.details?.fields?.alt).toBeTruthy();
    const notImage = await post(product.id, {
      file: new File([new TextEncoder().encode('no es imagen')], 'x.png', { type: 'image/png' }),
      alt: 'Frasco',
    });
    expect(notImage.json.error.details?.fields?.image).toContain('Formato');

    const ok = await post(product.id, { file: await png('#c8b89a'), alt: 'Frasco de frente' });
    const unmark = await patch(ok.json.id, { isPrimary: false });
    expect(unmark.status).toBe(400);
    expect(unmark.json.error.details?.fields?.isPrimary).toContain('otra');
    expect((await patch(randomUUID(), { alt: 'Otro texto' })).status).toBe(404);
    expect((await patch('no-es-uuid', { alt: 'Otro texto' })).status).toBe(404);
    expect((await remove(randomUUID())).status).toBe(404);
  });

  it('is a database rule: a second primary and a gallery left without one are both refused', async () => {
    const { product } = await kit();
    const db = testDb();
    const [first] = await db
      .insert(productImages)
      .values({ productId: product.id, url: '/images/products/a.svg', alt: 'Uno' })
      .returning();
    expect(first?.isPrimary).toBe(true); // the first image of a product becomes primary by itself
    await expect(
      db
        .insert(productImages)
        .values({ productId: product.id, url: '/images/products/b.svg', alt: 'Dos', isPrimary: true }),
    ).rejects.toMatchObject({ cause: { constraint_name: 'product_images_one_primary_key' } });
    await db.insert(productImages).values({ productId: product.id, url: '/images/products/c.svg', alt: 'Tres' });
    await expect(
      db.update(productImages).set({ isPrimary: false }).where(eq(productImages.id, first!.id)),
    ).rejects.toMatchObject({ cause: { constraint_name: 'product_images_primary_required' } });
    await expect(db.delete(productImages).where(eq(productImages.id, first!.id))).rejects.toMatchObject({
      cause: { constraint_name: 'product_images_primary_required' },
    });
    expect(await primaries(product.id)).toEqual([first!.id]);
  });

  it('concurrent "make primary" requests, uploads and deletes never leave zero or two primaries', async () => {
    const { product, a, b } = await kit();
    const ids: string[] = [];
    for (const [i, variantId] of [a.id, b.id, a.id, b.id, '', ''].entries())
      ids.push((await post(product.id, { file: await png(`#${i}0${i}0${i}0`), alt: `Foto ${i}`, variantId })).json.id);

    for (let round = 0; round < 3; round++) {
      const results = await Promise.all([
        ...ids.map((id) => patch(id, { isPrimary: true })),
        post(product.id, { file: await png('#123456'), alt: 'Nueva principal', isPrimary: 'true' }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([...ids.map(() => 200), 201]);
      expect(await primaries(product.id)).toHaveLength(1);
    }

    // Deleting the current primary while others are being marked: still exactly one at every commit.
    const [current] = await primaries(product.id);
    const mixed = await Promise.all([remove(current!), ...ids.slice(0, 3).map((id) => patch(id, { isPrimary: true }))]);
    expect(mixed.every((r) => r.status === 200)).toBe(true);
    expect(await primaries(product.id)).toHaveLength(1);
  });
});
