import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { productVariants, products } from '@/db/schema';
import { recordMovement } from '@/lib/inventory/record-movement';
import { createCatalogCategory, createCatalogProduct } from '@/lib/testing/catalog-fixtures';
import { testDb } from '@/lib/testing/test-db';
import { getProductBySlug } from './get-product';
import { listHomeSections } from './list-home-sections';
import { listProducts } from './list-products';
import type { ProductListQuery } from './types';

const db = testDb();
const day = (n: number) => new Date(Date.UTC(2025, 0, n));

function list(query: Partial<ProductListQuery> = {}) {
  return listProducts(db, { sort: 'relevance', page: 1, pageSize: 100, ...query });
}
const names = (result: Awaited<ReturnType<typeof list>>) => result.items.map((p) => p.name);

let hidden: { inactive: string; deleted: string; deletedCategory: string; noVariants: string };

beforeAll(async () => {
  const face = await createCatalogCategory(db, { slug: 'facial', name: 'Cuidado facial' });
  const body = await createCatalogCategory(db, { slug: 'corporal', name: 'Cuidado corporal' });
  // name, category, lowest price (pesos), stock, tags, created day, rating, featured
  await createCatalogProduct(db, {
    name: 'Agua de Rosas',
    category: face,
    tags: ['natural'],
    createdAt: day(1),
    rating: { average: 4.2, count: 10 },
    variants: [{ priceCents: 2_500_000, stock: 5 }],
  });
  await createCatalogProduct(db, {
    name: 'Bálsamo Labial',
    category: face,
    tags: ['natural', 'vegano'],
    createdAt: day(2),
    rating: { average: 4.9, count: 3 },
    variants: [{ priceCents: 1_800_000, stock: 0 }],
  });
  await createCatalogProduct(db, {
    name: 'Crema de Karité',
    category: body,
    tags: ['vegano'],
    createdAt: day(3),
    isFeatured: true,
    rating: { average: 4.9, count: 40 },
    // Lowest variant sets the list price; the VIP price is the lowest a member pays.
    variants: [
      { priceCents: 6_000_000, vipPriceCents: 5_200_000, stock: 2 },
      { priceCents: 4_000_000, stock: 1, reserved: 1 },
    ],
  });
  await createCatalogProduct(db, {
    name: 'Ducha de Maracuyá',
    category: body,
    createdAt: day(4),
    variants: [{ priceCents: 3_200_000, stock: 8, reserved: 8 }],
  });
  await createCatalogProduct(db, {
    name: 'Exfoliante Corporal',
    category: body,
    tags: ['natural'],
    createdAt: day(5),
    variants: [{ priceCents: 3_200_000, stock: 3 }],
  });

  const inactive = await createCatalogProduct(db, {
    name: 'Oculto Inactivo',
    category: body,
    isActive: false,
    tags: ['natural'],
  });
  const deleted = await createCatalogProduct(db, {
    name: 'Oculto Eliminado',
    category: body,
    deleted: true,
    tags: ['natural'],
  });
  const goneCategory = await createCatalogCategory(db, {
    slug: 'retirada',
    name: 'Categoría retirada',
    deletedAt: new Date(),
  });
  const inDeletedCategory = await createCatalogProduct(db, { name: 'Oculto Categoría', category: goneCategory });
  const [noVariants] = await db
    .insert(products)
    .values({ slug: 'sin-variantes', name: 'Oculto Sin Variantes', categoryId: body.id })
    .returning();
  hidden = {
    inactive: inactive.product.slug,
    deleted: deleted.product.slug,
    deletedCategory: inDeletedCategory.product.slug,
    noVariants: noVariants!.slug,
  };
});

describe('listProducts', () => {
  it('lists listed products only, with card data from the database', async () => {
    const result = await list();
    expect(result.total).toBe(5);
    expect(result.searchMode).toBe('none');
    const karite = result.items.find((p) => p.name === 'Crema de Karité');
    expect(karite).toMatchObject({
      category: { slug: 'corporal', name: 'Cuidado corporal' },
      tags: [{ slug: 'vegano', name: 'vegano' }],
      priceCents: 4_000_000,
      vipPriceCents: null, // the cheaper variant has no VIP price, so a member pays 40.000 too
      inStock: true,
      rating: { average: 4.9, count: 40 },
      variantCount: 2,
    });
    expect(result.items.find((p) => p.name === 'Ducha de Maracuyá')?.inStock).toBe(false); // all reserved
  });

  it('keeps inactive, soft-deleted, deleted-category and variant-less products out of lists, home and detail', async () => {
    const listed = names(await list({ tag: 'natural' }));
    expect(listed).not.toContain('Oculto Inactivo');
    expect(listed).not.toContain('Oculto Eliminado');
    const home = await listHomeSections(db, 50);
    const onHome = [...home.featured, ...home.newest, ...home.bestSelling].map((p) => p.name);
    expect(onHome.filter((n) => n.startsWith('Oculto'))).toEqual([]);
    for (const slug of Object.values(hidden)) expect(await getProductBySlug(db, slug)).toBeNull();
  });

  describe('filters', () => {
    it('by category', async () => {
      expect(names(await list({ category: 'facial', sort: 'name' }))).toEqual(['Agua de Rosas', 'Bálsamo Labial']);
      expect((await list({ category: 'no-existe' })).total).toBe(0);
      expect((await list({ category: 'retirada' })).total).toBe(0);
    });

    it('by tag', async () => {
      expect(names(await list({ tag: 'vegano', sort: 'name' }))).toEqual(['Bálsamo Labial', 'Crema de Karité']);
    });

    it('by price range on the lowest variant price, bounds included', async () => {
      expect(names(await list({ minPriceCents: 2_500_000, maxPriceCents: 3_200_000, sort: 'name' }))).toEqual([
        'Agua de Rosas',
        'Ducha de Maracuyá',
        'Exfoliante Corporal',
      ]);
      expect(names(await list({ minPriceCents: 4_000_001 }))).toEqual([]);
      expect(names(await list({ maxPriceCents: 1_800_000 }))).toEqual(['Bálsamo Labial']);
    });

    it('in stock only: some variant with stock beyond its reservations', async () => {
      expect(names(await list({ inStock: true, sort: 'name' }))).toEqual([
        'Agua de Rosas',
        'Crema de Karité',
        'Exfoliante Corporal',
      ]);
    });

    it('combined', async () => {
      expect(
        names(await list({ category: 'corporal', tag: 'natural', inStock: true, maxPriceCents: 3_500_000 })),
      ).toEqual(['Exfoliante Corporal']);
    });
  });

  describe('sorts', () => {
    it.each([
      { sort: 'price_asc', expected: ['Bálsamo Labial', 'Agua de Rosas'] },
      {
        sort: 'newest',
        expected: ['Exfoliante Corporal', 'Ducha de Maracuyá', 'Crema de Karité', 'Bálsamo Labial', 'Agua de Rosas'],
      },
      {
        sort: 'name',
        expected: ['Agua de Rosas', 'Bálsamo Labial', 'Crema de Karité', 'Ducha de Maracuyá', 'Exfoliante Corporal'],
      },
      { sort: 'rating', expected: ['Crema de Karité', 'Bálsamo Labial', 'Agua de Rosas'] },
      {
        sort: 'relevance',
        expected: ['Crema de Karité', 'Exfoliante Corporal', 'Ducha de Maracuyá', 'Bálsamo Labial', 'Agua de Rosas'],
      },
    ] as const)('$sort', async ({ sort, expected }) => {
      expect(names(await list({ sort })).slice(0, expected.length)).toEqual(expected);
    });

    it('price_asc ends with the dearest', async () => {
      expect(names(await list({ sort: 'price_asc' })).at(-1)).toBe('Crema de Karité');
    });

    it('price_desc breaks ties deterministically', async () => {
      const first = names(await list({ sort: 'price_desc' }));
      expect(first[0]).toBe('Crema de Karité');
      expect(first.slice(1, 3).sort()).toEqual(['Ducha de Maracuyá', 'Exfoliante Corporal']);
      expect(names(await list({ sort: 'price_desc' }))).toEqual(first);
    });

    it('sorts by name ignoring accents ("Bálsamo" between "Agua" and "Crema")', async () => {
      expect(names(await list({ sort: 'name' })).slice(0, 3)).toEqual([
        'Agua de Rosas',
        'Bálsamo Labial',
        'Crema de Karité',
      ]);
    });
  });

  describe('pagination', () => {
    it('walks every product exactly once across pages, in order', async () => {
      const all = names(await list({ sort: 'name' }));
      const pages = await Promise.all([1, 2, 3].map((page) => list({ sort: 'name', page, pageSize: 2 })));
      expect(pages.map((p) => p.items.length)).toEqual([2, 2, 1]);
      expect(pages.flatMap(names)).toEqual(all);
      expect(pages.every((p) => p.total === 5 && p.pageSize === 2)).toBe(true);
    });

    it('answers a page past the end with no items and the real total', async () => {
      const past = await list({ page: 4, pageSize: 2 });
      expect(past).toMatchObject({ items: [], total: 5, page: 4, pageSize: 2 });
    });

    it('clamps out-of-range numbers from callers that skipped validation', async () => {
      const result = await list({ page: 0, pageSize: 10_000 });
      expect(result.page).toBe(1);
      expect(result.pageSize).toBe(100);
    });

    it('pageSize 1 on the last page', async () => {
      const last = await list({ page: 5, pageSize: 1, sort: 'name' });
      expect(names(last)).toEqual(['Exfoliante Corporal']);
    });
  });
});

describe('products.min_price_cents (trigger-maintained)', () => {
  it('follows variant inserts, price changes and deletes, but not stock changes', async () => {
    const { product, variants } = await createCatalogProduct(db, {
      name: 'Precio Vivo',
      variants: [{ priceCents: 5_000_000 }, { priceCents: 7_000_000, stock: 0 }],
    });
    const minPrice = async () =>
      (await db.select({ m: products.minPriceCents }).from(products).where(eq(products.id, product.id)))[0]?.m;
    expect(await minPrice()).toBe(5_000_000);

    await db.update(productVariants).set({ priceCents: 4_500_000 }).where(eq(productVariants.id, variants[1]!.id));
    expect(await minPrice()).toBe(4_500_000);

    // Checkout only moves stock: the products row must not be written (nor locked) by it.
    const rowVersion = async () =>
      (await db.execute<{ v: string }>(sql`SELECT xmin::text AS v FROM products WHERE id = ${product.id}`))[0]?.v;
    const before = await rowVersion();
    await recordMovement(db, { variantId: variants[0]!.id, type: 'RESTOCK', quantity: 3 });
    await recordMovement(db, { variantId: variants[0]!.id, type: 'RESERVATION', quantity: 2 });
    expect(await rowVersion()).toBe(before);
    expect(await minPrice()).toBe(4_500_000);

    await db.delete(productVariants).where(eq(productVariants.id, variants[1]!.id));
    expect(await minPrice()).toBe(5_000_000);
  });
});
