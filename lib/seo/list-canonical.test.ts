import { describe, expect, it } from 'vitest';
import { parseShopListParams } from '@/lib/catalog/shop-list-params';
import { listCanonical } from './list-canonical';

const at = (basePath: string, query: Record<string, string>) => listCanonical(basePath, parseShopListParams(query));

describe('listCanonical', () => {
  it('keeps the page: paginated pages are self-canonical', () => {
    expect(at('/productos', {})).toEqual({ path: '/productos', index: true });
    expect(at('/productos', { pagina: '3' })).toEqual({ path: '/productos?pagina=3', index: true });
    expect(at('/categorias/aceites', { pagina: '2' })).toEqual({ path: '/categorias/aceites?pagina=2', index: true });
  });

  it('sends a category filter to the category page and keeps a tag landing page', () => {
    expect(at('/productos', { categoria: 'aceites', pagina: '2' })).toEqual({
      path: '/categorias/aceites?pagina=2',
      index: true,
    });
    expect(at('/productos', { etiqueta: 'natural' })).toEqual({ path: '/productos?etiqueta=natural', index: true });
  });

  it('canonicalises sorts, price ranges and stock filters to the unfiltered first page', () => {
    expect(at('/productos', { orden: 'precio-asc', pagina: '4' })).toEqual({ path: '/productos', index: true });
    expect(at('/categorias/aceites', { min: '10000', disponible: '1' })).toEqual({
      path: '/categorias/aceites',
      index: true,
    });
    expect(at('/productos', { categoria: 'aceites', orden: 'nuevos' })).toEqual({
      path: '/categorias/aceites',
      index: true,
    });
  });

  it('does not index internal search results', () => {
    expect(at('/productos', { q: 'jabon' })).toEqual({ path: '/productos', index: false });
  });
});
