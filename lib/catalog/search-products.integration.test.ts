import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { products } from '@/db/schema';
import { createCatalogCategory, createCatalogProduct } from '@/lib/testing/catalog-fixtures';
import { testDb } from '@/lib/testing/test-db';
import { listProducts } from './list-products';
import type { ProductListQuery } from './types';

const db = testDb();

function search(q: string, extra: Partial<ProductListQuery> = {}) {
  return listProducts(db, { q, sort: 'relevance', page: 1, pageSize: 50, ...extra });
}
const names = (result: Awaited<ReturnType<typeof search>>) => result.items.map((p) => p.name);

beforeAll(async () => {
  const bath = await createCatalogCategory(db, { slug: 'bano', name: 'Baño y exfoliación' });
  const oils = await createCatalogCategory(db, { slug: 'aceites', name: 'Aceites' });
  await createCatalogProduct(db, {
    name: 'Jabón de Avena y Miel',
    category: bath,
    description: 'Limpia suavemente la piel sensible.',
  });
  await createCatalogProduct(db, {
    name: 'Exfoliante de Café y Coco',
    category: bath,
    description: 'Granos de café colombiano y aceite de coco.',
  });
  await createCatalogProduct(db, {
    name: 'Vela de Café Tostado',
    category: oils,
    description: 'Aroma a café recién tostado.',
  });
  await createCatalogProduct(db, {
    name: 'Aceite Esencial de Lavanda',
    category: oils,
    description: 'Relajante. Unas gotas en el difusor.',
  });
  // Mentions soap only in the description: must rank below the product named after it.
  await createCatalogProduct(db, {
    name: 'Esponja Vegetal de Luffa',
    category: bath,
    description: 'Úsala con tu jabón favorito para exfoliar.',
  });
  await createCatalogProduct(db, {
    name: 'Bálsamo de Caléndula',
    category: oils,
    description: 'Calma la piel irritada.',
  });
  // Hidden products: never found, however well they match.
  await createCatalogProduct(db, { name: 'Jabón de Avena Retirado', category: bath, isActive: false });
  await createCatalogProduct(db, { name: 'Jabón de Avena Eliminado', category: bath, deleted: true });
});

describe('full-text search (Spanish, unaccent)', () => {
  it('finds accented names from unaccented queries and the other way round', async () => {
    expect(names(await search('jabon'))).toContain('Jabón de Avena y Miel');
    expect(names(await search('JABÓN'))).toContain('Jabón de Avena y Miel');
    expect(names(await search('exfoliante cafe'))).toEqual(['Exfoliante de Café y Coco']);
    expect(names(await search('calendula'))).toEqual(['Bálsamo de Caléndula']);
  });

  it('matches partial words (prefix) and Spanish word forms', async () => {
    expect(names(await search('exfo'))).toContain('Exfoliante de Café y Coco');
    expect(names(await search('lavan'))).toEqual(['Aceite Esencial de Lavanda']);
    expect(names(await search('jabones'))).toContain('Jabón de Avena y Miel');
  });

  it('needs every word (AND), ignoring stop words', async () => {
    expect(names(await search('vela de cafe'))).toEqual(['Vela de Café Tostado']);
    // No product has both words, so full text finds nothing and the answer is the similarity fallback.
    expect((await search('vela lavanda')).searchMode).toBe('similar');
  });

  it('ranks a name match above a description match', async () => {
    const result = await search('jabon');
    expect(result.searchMode).toBe('fulltext');
    expect(names(result)).toEqual(['Jabón de Avena y Miel', 'Esponja Vegetal de Luffa']);
  });

  it('searches descriptions too', async () => {
    expect(names(await search('colombiano'))).toEqual(['Exfoliante de Café y Coco']);
  });

  it('absorbs a typo at the end of a word with prefix matching', async () => {
    const typo = await search('exfolante');
    expect(typo.searchMode).toBe('fulltext');
    // "exfoliar" in the sponge's description shares the stem; the product named after it ranks first.
    expect(names(typo)).toEqual(['Exfoliante de Café y Coco', 'Esponja Vegetal de Luffa']);
  });

  it('falls back to trigram similarity for other typos, and says so', async () => {
    const typo = await search('esfoliante');
    expect(typo.searchMode).toBe('similar');
    expect(names(typo)[0]).toBe('Exfoliante de Café y Coco');
    expect(names(await search('lavnda'))).toEqual(['Aceite Esencial de Lavanda']);
    expect(names(await search('jabn avena'))[0]).toBe('Jabón de Avena y Miel');
  });

  it('finds nothing for nonsense, without falling back to everything', async () => {
    const result = await search('zzxqw');
    expect(result.total).toBe(0);
    expect(result.items).toEqual([]);
  });

  it('never finds inactive or soft-deleted products, by full text or by similarity', async () => {
    expect(names(await search('avena'))).toEqual(['Jabón de Avena y Miel']);
    expect(names(await search('retirado'))).toEqual([]);
    expect(names(await search('eliminado'))).toEqual([]);
    expect(names(await search('jabon avena retirdo'))).not.toContain('Jabón de Avena Retirado');
  });

  it('applies filters to search results', async () => {
    expect(names(await search('cafe', { category: 'aceites' }))).toEqual(['Vela de Café Tostado']);
    expect(names(await search('cafe', { sort: 'name' }))).toEqual([
      'Exfoliante de Café y Coco',
      'Vela de Café Tostado',
    ]);
  });

  it.each([
    "'); DROP TABLE products; --",
    'jabón:* & !avena | (miel)',
    '100% natural \\ "comillas" \'simples\'',
    '<-> <2> !!! :: ** &&',
    '😀💆‍♀️🧼',
    '%_%',
    'a'.repeat(5_000),
    '\u0000 nulo \ud800',
  ])('treats %# as text, never as SQL or tsquery syntax', async (q) => {
    const result = await search(q);
    expect(result.total).toBeGreaterThanOrEqual(0);
    const [{ count }] = (await db.execute<{ count: number }>(
      sql`SELECT count(*)::int AS count FROM ${products}`,
    )) as unknown as [{ count: number }];
    expect(count).toBe(8);
  });

  it('reads only the first 200 characters of the query', async () => {
    expect(names(await search(`lavanda ${'zzz '.repeat(60)}`))).toEqual(['Aceite Esencial de Lavanda']);
    expect((await search(`${'zzz '.repeat(60)}lavanda`)).total).toBe(0);
  });
});
