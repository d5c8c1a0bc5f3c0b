import { sql } from 'drizzle-orm';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { categories } from '@/db/schema';
import { createCatalogCategory, createCatalogProduct } from '@/lib/testing/catalog-fixtures';
import { testDb } from '@/lib/testing/test-db';
import { buildSitemapFile, buildSitemapRoot, SITEMAP_URLS_PER_FILE } from './sitemap';

const db = testDb();
const ORIGIN = 'https://botica.example';
const parser = new XMLParser();

function locs(xml: string): string[] {
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc = parser.parse(xml) as { urlset?: { url?: Array<{ loc: string }> | { loc: string } } };
  const urls = doc.urlset?.url ?? [];
  return (Array.isArray(urls) ? urls : [urls]).map((u) => u.loc);
}

describe('sitemap', () => {
  it('lists exactly the listed products, the categories and the home page', async () => {
    const category = await createCatalogCategory(db, { slug: 'aceites' });
    const deletedCategory = await createCatalogCategory(db, { slug: 'antigua' });
    await createCatalogProduct(db, { name: 'Activo', slug: 'activo', category });
    await createCatalogProduct(db, { name: 'Agotado', slug: 'agotado', category, variants: [{ stock: 0 }] });
    await createCatalogProduct(db, { name: 'Inactivo', slug: 'inactivo', category, isActive: false });
    await createCatalogProduct(db, { name: 'Borrado', slug: 'borrado', category, deleted: true });
    await createCatalogProduct(db, { name: 'Huérfano', slug: 'huerfano', category: deletedCategory });
    await db
      .update(categories)
      .set({ deletedAt: new Date() })
      .where(sql`${categories.id} = ${deletedCategory.id}`);

    const xml = await buildSitemapRoot(db, { origin: ORIGIN });
    expect(xml).toContain('<urlset');
    expect(locs(xml).sort()).toEqual(
      [
        `${ORIGIN}/`,
        `${ORIGIN}/productos`,
        `${ORIGIN}/categorias/aceites`,
        `${ORIGIN}/productos/activo`,
        `${ORIGIN}/productos/agotado`,
      ].sort(),
    );
    expect(xml).toMatch(/<lastmod>\d{4}-\d\d-\d\dT/);
  });

  it('becomes a valid index of files at 10,000 products, every listed product exactly once', async () => {
    const category = await createCatalogCategory(db, { slug: 'masivos' });
    await db.execute(sql`
      INSERT INTO products (slug, name, category_id, is_active)
      SELECT 'masivo-' || g, 'Masivo ' || g, ${category.id}, g % 1000 <> 0 FROM generate_series(1, 10000) g`);
    await db.execute(sql`
      INSERT INTO product_variants (product_id, sku, name, price_cents)
      SELECT id, 'SKU-' || slug, 'Único', 1000000 FROM products WHERE slug LIKE 'masivo-%'`);
    const listed = 10_000 - 10 + 2; // every thousandth is inactive; the previous test left 2 listed products

    const root = await buildSitemapRoot(db, { origin: ORIGIN });
    expect(XMLValidator.validate(root)).toBe(true);
    const index = parser.parse(root) as { sitemapindex: { sitemap: Array<{ loc: string }> } };
    const files = index.sitemapindex.sitemap.map((s) => s.loc.replace(`${ORIGIN}/sitemaps/`, ''));
    expect(files).toEqual([
      'paginas.xml',
      ...Array.from({ length: Math.ceil(listed / SITEMAP_URLS_PER_FILE) }, (_, i) => `productos-${i + 1}.xml`),
    ]);

    const seen: string[] = [];
    for (const file of files.slice(1)) {
      const xml = await buildSitemapFile(db, file, { origin: ORIGIN });
      expect(xml).not.toBeNull();
      const fileLocs = locs(xml!);
      expect(fileLocs.length).toBeLessThanOrEqual(SITEMAP_URLS_PER_FILE);
      seen.push(...fileLocs);
    }
    expect(seen).toHaveLength(listed);
    expect(new Set(seen).size).toBe(listed);
    expect(seen.filter((loc) => loc.includes('/productos/masivo-'))).toHaveLength(9_990);
    expect(seen).not.toContain(`${ORIGIN}/productos/masivo-1000`);
    expect(locs((await buildSitemapFile(db, 'paginas.xml', { origin: ORIGIN }))!)).toContain(
      `${ORIGIN}/categorias/masivos`,
    );
    expect(await buildSitemapFile(db, `productos-${files.length}.xml`, { origin: ORIGIN })).toBeNull();
    expect(await buildSitemapFile(db, '../etc.xml', { origin: ORIGIN })).toBeNull();
  });
});
