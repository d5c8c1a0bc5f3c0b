import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { categories, productSlugHistory, products } from '@/db/schema';
import { createCatalogCategory, createCatalogProduct } from '@/lib/testing/catalog-fixtures';
import { testDb } from '@/lib/testing/test-db';
import { findRenamedSlug } from './find-renamed-slug';

const db = testDb();
const rename = (id: string, slug: string) => db.update(products).set({ slug }).where(eq(products.id, id));

describe('slug history', () => {
  it('keeps every old product slug pointing at the current one, without chains', async () => {
    const { product } = await createCatalogProduct(db, { name: 'Aceite', slug: 'aceite-v1' });
    await rename(product.id, 'aceite-v2');
    await rename(product.id, 'aceite-v3');
    expect(await findRenamedSlug(db, 'product', 'aceite-v1')).toBe('aceite-v3');
    expect(await findRenamedSlug(db, 'product', 'aceite-v2')).toBe('aceite-v3');
    expect(await findRenamedSlug(db, 'product', 'aceite-v3')).toBeNull();
  });

  it('forgets a slug that is in use again (renamed back, or taken by a new product)', async () => {
    const { product } = await createCatalogProduct(db, { name: 'Crema', slug: 'crema-a' });
    await rename(product.id, 'crema-b');
    await rename(product.id, 'crema-a');
    expect(await findRenamedSlug(db, 'product', 'crema-a')).toBeNull();
    expect(await findRenamedSlug(db, 'product', 'crema-b')).toBe('crema-a');

    await rename(product.id, 'crema-c');
    await createCatalogProduct(db, { name: 'Otra crema', slug: 'crema-a' });
    const rows = await db.select().from(productSlugHistory).where(eq(productSlugHistory.slug, 'crema-a'));
    expect(rows).toEqual([]);
  });

  it('does not redirect to a product a shopper cannot open', async () => {
    const { product } = await createCatalogProduct(db, { name: 'Vela', slug: 'vela-vieja' });
    await rename(product.id, 'vela-nueva');
    await db.update(products).set({ isActive: false }).where(eq(products.id, product.id));
    expect(await findRenamedSlug(db, 'product', 'vela-vieja')).toBeNull();
  });

  it('keeps old category slugs too', async () => {
    const category = await createCatalogCategory(db, { slug: 'banos' });
    await db.update(categories).set({ slug: 'bano-y-exfoliacion' }).where(eq(categories.id, category.id));
    expect(await findRenamedSlug(db, 'category', 'banos')).toBe('bano-y-exfoliacion');
    expect(await findRenamedSlug(db, 'product', 'banos')).toBeNull();
  });
});
