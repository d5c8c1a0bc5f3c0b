import { describe, expect, it } from 'vitest';
import { hrefWith, toUrlState } from './url-state';

describe('hrefWith', () => {
  it('keeps filters, resets the page on a filter change and keeps it when paging', () => {
    const current = { status: 'PAID', page: '3', q: '' };
    expect(hrefWith('/admin/pedidos', current, { sort: 'total' })).toBe('/admin/pedidos?status=PAID&sort=total');
    expect(hrefWith('/admin/pedidos', current, { page: '4' })).toBe('/admin/pedidos?status=PAID&page=4');
    expect(hrefWith('/admin/pedidos', {}, {})).toBe('/admin/pedidos');
  });

  it('flattens repeated search params to their first value', () => {
    expect(toUrlState({ a: ['1', '2'], b: 'x', c: undefined })).toEqual({ a: '1', b: 'x', c: undefined });
  });
});
