import { describe, expect, it } from 'vitest';
import { createOrderIn } from '@/lib/testing/commerce-fixtures';
import { createCatalogCategory, createCatalogProduct } from '@/lib/testing/catalog-fixtures';
import { testDb } from '@/lib/testing/test-db';
import { listBestSelling, listHomeSections } from './list-home-sections';

const db = testDb();

describe('home sections', () => {
  it('ranks best sellers by units in paid orders; unpaid orders do not count; the rest is filled', async () => {
    const category = await createCatalogCategory(db);
    const fewSales = await createCatalogProduct(db, { name: 'Vendido poco', category, variants: [{ stock: 50 }] });
    const manySales = await createCatalogProduct(db, { name: 'Vendido mucho', category, variants: [{ stock: 50 }] });
    const unpaid = await createCatalogProduct(db, { name: 'Solo pendiente', category, variants: [{ stock: 50 }] });
    const filler = await createCatalogProduct(db, {
      name: 'Relleno bien calificado',
      category,
      rating: { average: 5, count: 9 },
    });

    await createOrderIn(db, { lines: [{ variantId: manySales.variants[0]!.id, quantity: 3 }], to: 'PAID' });
    await createOrderIn(db, { lines: [{ variantId: manySales.variants[0]!.id, quantity: 2 }], to: 'PAID' });
    await createOrderIn(db, { lines: [{ variantId: fewSales.variants[0]!.id, quantity: 1 }], to: 'PAID' });
    await createOrderIn(db, { lines: [{ variantId: unpaid.variants[0]!.id, quantity: 9 }], to: 'PENDING_PAYMENT' });

    const best = await listBestSelling(db, 3);
    expect(best.map((p) => p.name)).toEqual(['Vendido mucho', 'Vendido poco', filler.product.name]);
  });

  it('fills "Lo más vendido" without repeating "Destacados" or "Novedades"', async () => {
    const category = await createCatalogCategory(db);
    await createCatalogProduct(db, {
      name: 'Destacado antiguo',
      category,
      isFeatured: true,
      createdAt: new Date('2020-01-01'),
      rating: { average: 4.8, count: 3 },
    });
    await createCatalogProduct(db, { name: 'Clásico', category, createdAt: new Date('2019-01-01') });

    const { featured, newest, bestSelling } = await listHomeSections(db, 3);
    expect(featured.map((p) => p.name)).toEqual(['Destacado antiguo']);
    expect(newest.map((p) => p.name)).toEqual(['Relleno bien calificado', 'Solo pendiente', 'Vendido mucho']);
    // Without the exclusion the fill would repeat the best-rated "Relleno" (a novelty) or the featured one.
    expect(bestSelling.map((p) => p.name)).toEqual(['Vendido mucho', 'Vendido poco', 'Clásico']);
  });
});
