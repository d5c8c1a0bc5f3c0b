import { describe, expect, it } from 'vitest';
import { isAppError } from '@/lib/errors';
import { parseProductListApiQuery } from './list-params';
import { parseShopListParams, shopListHref, shopStateToQuery } from './shop-list-params';

function validationFields(query: string): Record<string, string> {
  try {
    parseProductListApiQuery(new URLSearchParams(query));
  } catch (error) {
    if (isAppError(error) && error.code === 'VALIDATION')
      return (error.details?.fields ?? {}) as Record<string, string>;
    throw error;
  }
  throw new Error(`expected VALIDATION for ${query}`);
}

describe('parseProductListApiQuery', () => {
  it('applies the docs/api.md defaults', () => {
    expect(parseProductListApiQuery(new URLSearchParams())).toEqual({
      sort: 'relevance',
      page: 1,
      pageSize: 20,
      inStock: false,
    });
  });

  it('parses every parameter', () => {
    const query = parseProductListApiQuery(
      new URLSearchParams(
        'q=  jabón  &category=bano-y-exfoliacion&tag=cafe&minPriceCents=100000&maxPriceCents=5000000&inStock=true&sort=price_desc&page=3&pageSize=100',
      ),
    );
    expect(query).toEqual({
      q: 'jabón',
      category: 'bano-y-exfoliacion',
      tag: 'cafe',
      minPriceCents: 100_000,
      maxPriceCents: 5_000_000,
      inStock: true,
      sort: 'price_desc',
      page: 3,
      pageSize: 100,
    });
  });

  it('caps q at 200 characters instead of refusing it', () => {
    expect(parseProductListApiQuery(new URLSearchParams({ q: 'a'.repeat(1000) })).q).toHaveLength(200);
  });

  it.each([
    { query: 'page=0', field: 'page' },
    { query: 'page=-1', field: 'page' },
    { query: 'page=1.5', field: 'page' },
    { query: 'page=abc', field: 'page' },
    { query: 'page=1001', field: 'page' },
    { query: 'pageSize=0', field: 'pageSize' },
    { query: 'pageSize=101', field: 'pageSize' },
    { query: 'minPriceCents=-100', field: 'minPriceCents' },
    { query: 'maxPriceCents=doce', field: 'maxPriceCents' },
    { query: 'minPriceCents=500&maxPriceCents=100', field: 'maxPriceCents' },
    { query: 'sort=cheapest', field: 'sort' },
    { query: 'inStock=yes', field: 'inStock' },
    { query: 'category=Ba%C3%B1o', field: 'category' },
  ])('$query → VALIDATION on $field', ({ query, field }) => {
    expect(Object.keys(validationFields(query))).toContain(field);
  });
});

describe('parseShopListParams', () => {
  it('falls back to defaults for bad values', () => {
    expect(
      parseShopListParams({
        pagina: '-4',
        orden: 'barato',
        min: 'mil',
        max: '1e9',
        categoria: "'; DROP",
        disponible: 'si',
      }),
    ).toEqual({
      q: '',
      categoria: undefined,
      etiqueta: undefined,
      min: undefined,
      max: undefined,
      disponible: false,
      orden: 'relevancia',
      pagina: 1,
    });
  });

  it('swaps a reversed price range and maps to the service query in centavos', () => {
    const state = parseShopListParams({
      q: 'vela',
      min: '90000',
      max: '20000',
      orden: 'precio-asc',
      pagina: '2',
      disponible: '1',
      etiqueta: 'cafe',
    });
    expect(shopStateToQuery(state)).toEqual({
      q: 'vela',
      category: undefined,
      tag: 'cafe',
      minPriceCents: 2_000_000,
      maxPriceCents: 9_000_000,
      inStock: true,
      sort: 'price_asc',
      page: 2,
      pageSize: 24,
    });
  });

  it('uses the first of repeated parameters', () => {
    expect(parseShopListParams({ q: ['uno', 'dos'] }).q).toBe('uno');
  });
});

describe('shopListHref', () => {
  const state = parseShopListParams({ q: 'jabón de avena', orden: 'nombre', pagina: '3' });

  it('keeps every choice in the URL and leaves defaults out', () => {
    expect(shopListHref('/productos', state, { pagina: 4 })).toBe(
      '/productos?q=jab%C3%B3n+de+avena&orden=nombre&pagina=4',
    );
  });

  it('goes back to page 1 when a filter changes', () => {
    expect(shopListHref('/productos', state, { disponible: true })).toBe(
      '/productos?q=jab%C3%B3n+de+avena&disponible=1&orden=nombre',
    );
  });
});
