import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { productDetailSchema, productListSchema } from '@/lib/catalog/api-schemas';
import { createCatalogCategory, createCatalogProduct } from '@/lib/testing/catalog-fixtures';
import { testDb } from '@/lib/testing/test-db';
import { GET as getCategories } from '../categories/route';
import { GET as getOpenApi } from '../openapi.json/route';
import { GET as getTags } from '../tags/route';
import { GET as getProduct } from './[slug]/route';
import { GET as listProducts } from './route';

// lib/env reads the limit once, at import: set it before any import runs.
vi.hoisted(() => {
  process.env.RATE_LIMIT_API_PER_MIN = '5';
});

const db = testDb();
let ipCounter = 0;
/** Each request from a fresh IP unless one is given, so only the rate-limit test spends a budget. */
function request(path: string, ip = `10.1.0.${++ipCounter}`) {
  return new NextRequest(`http://localhost${path}`, { headers: { 'x-forwarded-for': ip } });
}
const noParams = { params: Promise.resolve({}) } as { params: Promise<Record<string, never>> };

let slug: string;

beforeAll(async () => {
  const category = await createCatalogCategory(db, { slug: 'bano-y-exfoliacion', name: 'Baño y exfoliación' });
  const created = await createCatalogProduct(db, {
    name: 'Jabón de Avena y Miel',
    category,
    tags: [{ slug: 'natural', name: 'Natural' }],
    variants: [{ priceCents: 2_200_000, vipPriceCents: 1_900_000, stock: 4 }],
  });
  slug = created.product.slug;
  await createCatalogProduct(db, { name: 'Jabón Retirado', category, isActive: false });
});

describe('GET /api/v1/products', () => {
  it('answers { items, page, pageSize, total } per docs/api.md', async () => {
    const res = await listProducts(
      request('/api/v1/products?q=jabon&category=bano-y-exfoliacion&inStock=true'),
      noParams,
    );
    expect(res.status).toBe(200);
    const body = productListSchema.parse(await res.json());
    expect(body).toMatchObject({ page: 1, pageSize: 20, total: 1 });
    expect(body.items[0]).toMatchObject({
      slug,
      name: 'Jabón de Avena y Miel',
      priceCents: 2_200_000,
      vipPriceCents: 1_900_000,
      inStock: true,
      tags: [{ slug: 'natural', name: 'Natural' }],
    });
    expect(res.headers.get('RateLimit-Limit')).toBe('5');
  });

  it.each([
    ['page=0', 'page'],
    ['pageSize=500', 'pageSize'],
    ['minPriceCents=abc', 'minPriceCents'],
    ['minPriceCents=900&maxPriceCents=100', 'maxPriceCents'],
    ['sort=precio', 'sort'],
  ])('%s → 400 VALIDATION naming %s', async (query, field) => {
    const res = await listProducts(request(`/api/v1/products?${query}`), noParams);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe('VALIDATION');
    expect(Object.keys(body.error.details.fields)).toContain(field);
    expect(typeof body.error.message).toBe('string');
  });

  it('answers 429 RATE-LIMITED with Retry-After once an IP spends its budget', async () => {
    const statuses = [];
    for (let i = 0; i < 7; i++)
      statuses.push((await listProducts(request('/api/v1/products', '192.0.2.99'), noParams)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    const limited = await getTags(request('/api/v1/tags', '192.0.2.99'), noParams);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('Retry-After'))).toBeGreaterThanOrEqual(1);
    expect((await limited.json()).error.code).toBe('RATE-LIMITED');
  });
});

describe('GET /api/v1/products/{slug}', () => {
  it('returns the product with variants, images, related and rating', async () => {
    const res = await getProduct(request(`/api/v1/products/${slug}`), { params: Promise.resolve({ slug }) });
    expect(res.status).toBe(200);
    const body = productDetailSchema.parse(await res.json());
    expect(body.variants[0]).toMatchObject({
      priceCents: 2_200_000,
      vipPriceCents: 1_900_000,
      available: 4,
      minOrderQuantity: 1,
      bulkDiscounts: [],
    });
  });

  it.each(['no-existe', 'Jab%C3%B3n', 'x'.repeat(300)])('404 NOT-FOUND for %s', async (unknown) => {
    const res = await getProduct(request(`/api/v1/products/${unknown}`), {
      params: Promise.resolve({ slug: decodeURIComponent(unknown) }),
    });
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('NOT-FOUND');
  });
});

describe('lists and the OpenAPI document', () => {
  it('GET /api/v1/categories and /api/v1/tags', async () => {
    const categories = await (await getCategories(request('/api/v1/categories'), noParams)).json();
    expect(categories.items.map((c: { slug: string }) => c.slug)).toContain('bano-y-exfoliacion');
    const tags = await (await getTags(request('/api/v1/tags'), noParams)).json();
    expect(tags.items).toEqual([expect.objectContaining({ slug: 'natural', name: 'Natural' })]);
  });

  it('GET /api/v1/openapi.json', async () => {
    const res = await getOpenApi(request('/api/v1/openapi.json'), noParams);
    const doc = await res.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.paths['/api/v1/products'].get.parameters.length).toBe(9);
  });
});
