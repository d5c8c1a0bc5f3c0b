import { writeFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDb } from '@/lib/testing/test-db';
import { listingArgs, listingQueries } from './list-products';
import { productSummariesSql } from './load-product-summaries';
import type { ProductListQuery, SearchMode } from './types';

/*
 * #23: every filter and sort has an index, and the planner uses it on a 10,000-product catalogue.
 * The plans are those of the exact SQL the service sends (same builders). Set CATALOG_PLANS_OUT to a
 * file path to write them out (docs/catalog.md quotes them).
 */

const db = testDb();
const dialect = new PgDialect();
const printed: string[] = [];

type PlanNode = { 'Node Type': string; 'Index Name'?: string; 'Relation Name'?: string; Plans?: PlanNode[] };

function indexesIn(node: PlanNode): string[] {
  return [...(node['Index Name'] ? [node['Index Name']] : []), ...(node.Plans ?? []).flatMap(indexesIn)];
}
function seqScansIn(node: PlanNode): string[] {
  return [
    ...(node['Node Type'] === 'Seq Scan' && node['Relation Name'] ? [node['Relation Name']] : []),
    ...(node.Plans ?? []).flatMap(seqScansIn),
  ];
}

async function explain(label: string, query: { sql: string; params: unknown[] }): Promise<PlanNode> {
  const [json] = await db.$client.unsafe(`EXPLAIN (FORMAT JSON) ${query.sql}`, query.params as never[]);
  const [text] = [
    await db.$client.unsafe(`EXPLAIN (ANALYZE, COSTS OFF, SUMMARY ON) ${query.sql}`, query.params as never[]),
  ];
  printed.push(`-- ${label}\n${text.map((r) => r['QUERY PLAN']).join('\n')}`);
  return (json!['QUERY PLAN'] as Array<{ Plan: PlanNode }>)[0]!.Plan;
}

async function explainListing(
  label: string,
  query: Partial<ProductListQuery>,
  mode: SearchMode = query.q ? 'fulltext' : 'none',
) {
  const args = listingArgs({ sort: 'relevance', page: 1, pageSize: 24, ...query }, mode);
  const queries = listingQueries(db, args);
  if (mode === 'similar') await db.execute(sql`SET pg_trgm.word_similarity_threshold = 0.4`);
  return explain(label, queries.page.toSQL());
}

beforeAll(async () => {
  // 10,000 products in 6 categories with 13 tags, 2–3 variants each; 1 in 50 inactive, 1 in 97 deleted.
  await db.execute(
    sql`INSERT INTO categories (slug, name, sort_order) SELECT 'cat-' || g, 'Categoría ' || g, g FROM generate_series(1, 6) g`,
  );
  await db.execute(
    sql`INSERT INTO tags (slug, name) SELECT 'tag-' || g, 'Etiqueta ' || g FROM generate_series(1, 13) g`,
  );
  await db.execute(sql`
    INSERT INTO products (slug, name, description, category_id, is_active, is_featured, deleted_at, created_at, rating_average, rating_count)
    SELECT 'p-' || g,
           (ARRAY['Jabón','Crema','Aceite','Vela','Exfoliante','Sérum','Bálsamo','Loción'])[1 + g % 8] || ' de ' ||
           (ARRAY['Avena','Café','Lavanda','Coco','Miel','Rosa','Eucalipto','Karité','Naranja','Menta'])[1 + (g / 8) % 10] || ' ' || g,
           'Hecho a mano en Bogotá con ingredientes naturales. Lote ' || g,
           (SELECT id FROM categories WHERE slug = 'cat-' || (1 + g % 6)),
           g % 50 <> 0, g % 40 = 0, CASE WHEN g % 97 = 0 THEN now() END,
           now() - make_interval(mins => g), (g % 50) / 10.0, g % 30
      FROM generate_series(1, 10000) g`);
  await db.execute(sql`
    INSERT INTO product_variants (product_id, sku, name, price_cents, stock, reserved_stock, sort_order)
    SELECT p.id, 'SKU-' || p.slug || '-' || v, 'Presentación ' || v, (1000 + (abs(hashtext(p.slug || v)) % 3000)) * 10000,
           abs(hashtext(p.slug || 's' || v)) % 4 * 5, 0, v
      FROM products p CROSS JOIN generate_series(1, 2 + (abs(hashtext(p.slug)) % 2)) v`);
  await db.execute(sql`
    INSERT INTO product_tags (product_id, tag_id)
    SELECT p.id, t.id FROM products p JOIN tags t ON t.slug IN ('tag-' || (1 + abs(hashtext(p.slug)) % 13), 'tag-' || (1 + abs(hashtext(p.slug || 'x')) % 13))
    ON CONFLICT DO NOTHING`);
  await db.execute(
    sql`INSERT INTO product_images (product_id, url, alt) SELECT id, '/images/products/' || slug || '.svg', name FROM products`,
  );
  await db.execute(sql`ANALYZE`);
}, 120_000);

afterAll(() => {
  const out = process.env.CATALOG_PLANS_OUT;
  if (out) writeFileSync(out, `${printed.join('\n\n')}\n`);
});

describe('query plans on 10,000 products', () => {
  it('has the catalogue it claims', async () => {
    const [row] = await db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM products`);
    expect(row?.n).toBe(10_000);
  });

  it.each([
    { label: 'default order (featured, newest)', query: { sort: 'relevance' }, index: 'products_listed_featured_idx' },
    { label: 'sort newest', query: { sort: 'newest' }, index: 'products_listed_created_idx' },
    { label: 'sort price_asc', query: { sort: 'price_asc' }, index: 'products_listed_price_idx' },
    { label: 'sort price_desc', query: { sort: 'price_desc' }, index: 'products_listed_price_idx' },
    { label: 'sort name', query: { sort: 'name' }, index: 'products_listed_name_idx' },
    { label: 'sort rating', query: { sort: 'rating' }, index: 'products_listed_rating_idx' },
    {
      label: 'price range, by price',
      query: { sort: 'price_asc', minPriceCents: 10_000_000, maxPriceCents: 10_500_000 },
      index: 'products_listed_price_idx',
    },
    {
      label: 'category + newest',
      query: { sort: 'newest', category: 'cat-3' },
      index: 'products_listed_category_created_idx',
    },
    { label: 'tag', query: { sort: 'name', tag: 'tag-5' }, index: 'product_tags_product_id_tag_id_pk' },
    {
      label: 'in stock only + newest',
      query: { sort: 'newest', inStock: true },
      index: 'product_variants_product_idx',
    },
    { label: 'full-text, selective q=4321', query: { q: '4321' }, index: 'products_search_idx' },
    { label: 'full-text, common word q=jabon (1 product in 8)', query: { q: 'jabon' }, index: 'products_search_idx' },
    {
      label: 'full-text q=crema lavanda 12 + category',
      query: { q: 'crema lavanda 12', category: 'cat-2' },
      index: 'products_search_idx',
    },
  ] as const)('$label uses $index', async ({ label, query, index }) => {
    const plan = await explainListing(label, query);
    expect(indexesIn(plan)).toContain(index);
    expect(seqScansIn(plan)).not.toContain('products');
  });

  it.each([
    {
      label: 'price range, newest first',
      query: { sort: 'newest', minPriceCents: 10_000_000, maxPriceCents: 10_500_000 },
    },
    { label: 'category, deep page (60)', query: { sort: 'newest', category: 'cat-3', page: 60 } },
    {
      label: 'tag + in stock + price, by price',
      query: { sort: 'price_asc', tag: 'tag-2', inStock: true, maxPriceCents: 15_000_000 },
    },
  ] as const)('$label reads products through an index', async ({ label, query }) => {
    const plan = await explainListing(label, query);
    expect(indexesIn(plan).some((name) => name.startsWith('products_'))).toBe(true);
    expect(seqScansIn(plan)).not.toContain('products');
  });

  it('the typo fallback uses the trigram index', async () => {
    const plan = await explainListing('similarity q=exfolainte', { q: 'exfolainte' }, 'similar');
    expect(indexesIn(plan)).toContain('products_name_trgm_idx');
  });

  it('the card query reads by primary key and per-product indexes only', async () => {
    const ids = await db.execute<{ id: string }>(sql`SELECT id FROM products ORDER BY created_at DESC LIMIT 24`);
    const plan = await explain('cards for 24 ids', dialect.sqlToQuery(productSummariesSql(ids.map((r) => r.id))));
    expect(indexesIn(plan)).toEqual(
      expect.arrayContaining(['products_pkey', 'product_variants_product_idx', 'product_images_one_primary_key']),
    );
    // Only the two tiny reference tables may be read whole.
    expect(seqScansIn(plan).filter((t) => t !== 'categories' && t !== 'tags')).toEqual([]);
  });
});
