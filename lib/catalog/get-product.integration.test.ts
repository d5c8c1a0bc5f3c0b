import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { productVariants, users } from '@/db/schema';
import { isVipActive, todayInBogota } from '@/lib/auth/vip';
import { createTestUser } from '@/lib/testing/fixtures';
import { createCatalogCategory, createCatalogProduct, curateRelated } from '@/lib/testing/catalog-fixtures';
import { testDb } from '@/lib/testing/test-db';
import { getProductBySlug } from './get-product';
import { productDetailSchema } from './api-schemas';
import { priceViewFor } from './price-view';

const db = testDb();

describe('getProductBySlug', () => {
  it('returns variants with prices, availability, limits, weight, dimensions and bulk discounts', async () => {
    const { product, variants } = await createCatalogProduct(db, {
      name: 'Aceite de Almendras',
      description: 'Primera línea.\nSegunda línea.',
      tags: ['natural', 'relajante'],
      images: [{ url: '/images/products/a.svg', alt: 'Frasco ámbar' }, { url: '/images/products/b.svg' }],
      variants: [
        {
          name: '100 ml',
          priceCents: 3_500_000,
          vipPriceCents: 3_100_000,
          stock: 3,
          lowStockThreshold: 5,
          bulkDiscounts: [
            { minQuantity: 6, percent: 10 },
            { minQuantity: 3, percent: 5 },
          ],
        },
        { name: '250 ml', priceCents: 6_900_000, stock: 20, reserved: 20 },
      ],
    });
    await db
      .update(productVariants)
      .set({ weightGrams: 170, lengthCm: 5, widthCm: 5, heightCm: 15.5, minOrderQuantity: 2, maxOrderQuantity: 12 })
      .where(eq(productVariants.id, variants[0]!.id));

    const detail = await getProductBySlug(db, product.slug);
    expect(detail).not.toBeNull();
    expect(productDetailSchema.parse(detail)).toEqual(detail);
    expect(detail).toMatchObject({
      name: 'Aceite de Almendras',
      priceCents: 3_500_000,
      vipPriceCents: 3_100_000,
      inStock: true,
      tags: [
        { slug: 'natural', name: 'natural' },
        { slug: 'relajante', name: 'relajante' },
      ],
      images: [
        { url: '/images/products/a.svg', alt: 'Frasco ámbar' },
        { url: '/images/products/b.svg', alt: 'Aceite de Almendras' },
      ],
      rating: { average: 0, count: 0 },
    });
    expect(detail?.variants).toEqual([
      {
        id: variants[0]!.id,
        sku: variants[0]!.sku,
        name: '100 ml',
        priceCents: 3_500_000,
        vipPriceCents: 3_100_000,
        available: 3,
        availability: 'LOW_STOCK',
        minOrderQuantity: 2,
        maxOrderQuantity: 12,
        weightGrams: 170,
        dimensionsCm: { length: 5, width: 5, height: 15.5 },
        bulkDiscounts: [
          { minQuantity: 3, percent: 5 },
          { minQuantity: 6, percent: 10 },
        ],
      },
      expect.objectContaining({
        name: '250 ml',
        available: 0,
        availability: 'OUT_OF_STOCK',
        weightGrams: null,
        dimensionsCm: null,
        bulkDiscounts: [],
      }),
    ]);
  });

  it('returns null for unknown, inactive and soft-deleted products', async () => {
    const inactive = await createCatalogProduct(db, { name: 'Inactivo', isActive: false });
    const deleted = await createCatalogProduct(db, { name: 'Eliminado', deleted: true });
    expect(await getProductBySlug(db, 'no-existe')).toBeNull();
    expect(await getProductBySlug(db, inactive.product.slug)).toBeNull();
    expect(await getProductBySlug(db, deleted.product.slug)).toBeNull();
  });
});

describe('related products (#33)', () => {
  it('puts curated ones first in their order, then fills from shared tags and the same category, never hidden ones', async () => {
    const category = await createCatalogCategory(db);
    const other = await createCatalogCategory(db);
    const main = await createCatalogProduct(db, { name: 'Principal', category, tags: ['lavanda', 'relajante'] });
    const curatedB = await createCatalogProduct(db, { name: 'Curado B', category: other });
    const curatedA = await createCatalogProduct(db, { name: 'Curado A', category: other });
    const curatedHidden = await createCatalogProduct(db, { name: 'Curado Oculto', category, isActive: false });
    const twoTags = await createCatalogProduct(db, {
      name: 'Dos etiquetas',
      category: other,
      tags: ['lavanda', 'relajante'],
    });
    await createCatalogProduct(db, { name: 'Misma categoría', category });
    await createCatalogProduct(db, { name: 'Una etiqueta, misma categoría', category, tags: ['lavanda'] });
    await createCatalogProduct(db, { name: 'Sin relación', category: other });
    await createCatalogProduct(db, {
      name: 'Oculto relacionado',
      category,
      tags: ['lavanda', 'relajante'],
      deleted: true,
    });
    await curateRelated(db, main.product.id, [curatedB.product.id, curatedHidden.product.id, curatedA.product.id]);

    const detail = await getProductBySlug(db, main.product.slug);
    expect(detail?.related.map((p) => p.name)).toEqual([
      'Curado B',
      'Curado A',
      twoTags.product.name,
      'Una etiqueta, misma categoría',
    ]);
  });

  it('fills from the category when nothing is curated or tagged', async () => {
    const category = await createCatalogCategory(db);
    const main = await createCatalogProduct(db, { name: 'Solo', category });
    await createCatalogProduct(db, { name: 'Vecino', category });
    expect((await getProductBySlug(db, main.product.slug))?.related.map((p) => p.name)).toEqual(['Vecino']);
  });
});

describe('VIP price visibility per user', () => {
  it('shows the VIP price as the price to a current VIP only; others see it as a teaser', async () => {
    const { product } = await createCatalogProduct(db, {
      name: 'Crema VIP',
      variants: [{ priceCents: 5_000_000, vipPriceCents: 4_200_000 }],
    });
    const today = todayInBogota();
    const vip = await createTestUser(db, { vipUntil: today });
    const lapsed = await createTestUser(db, { vipUntil: '2020-01-01' });
    const regular = await createTestUser(db);
    const detail = await getProductBySlug(db, product.slug);
    const variant = detail!.variants[0]!;

    const viewFor = async (userId: string | null) => {
      if (!userId) return priceViewFor(variant, { isVip: false });
      const [row] = await db.select({ vipUntil: users.vipUntil }).from(users).where(eq(users.id, userId));
      return priceViewFor(variant, { isVip: isVipActive(row?.vipUntil) });
    };

    expect(await viewFor(vip.id)).toEqual({ kind: 'vip', priceCents: 4_200_000, regularPriceCents: 5_000_000 });
    expect(await viewFor(lapsed.id)).toEqual({ kind: 'teaser', priceCents: 5_000_000, vipPriceCents: 4_200_000 });
    expect(await viewFor(regular.id)).toEqual({ kind: 'teaser', priceCents: 5_000_000, vipPriceCents: 4_200_000 });
    expect(await viewFor(null)).toEqual({ kind: 'teaser', priceCents: 5_000_000, vipPriceCents: 4_200_000 });
  });
});
