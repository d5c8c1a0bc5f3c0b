import { describe, expect, it } from 'vitest';
import { convertPesoFields, formDataToObject, toFormFieldNames } from './form-input';

function form(entries: Array<[string, string]>): FormData {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
}

describe('formDataToObject', () => {
  it('nests dotted names, drops blanks, collects repeated names and closes gaps left by removed rows', () => {
    const result = formDataToObject(
      form([
        ['name', ' Vela '],
        ['description', ''],
        ['variants.0.sku', 'A-1'],
        ['variants.2.sku', 'A-3'],
        ['variants.2.bulkDiscounts.0.percent', '10'],
        ['relatedProductIds', 'x'],
        ['relatedProductIds', 'y'],
        ['$ACTION_ID_abc', ''],
      ]),
    );
    expect(result).toEqual({
      name: 'Vela',
      variants: [{ sku: 'A-1' }, { sku: 'A-3', bulkDiscounts: [{ percent: '10' }] }],
      relatedProductIds: ['x', 'y'],
    });
  });
});

describe('convertPesoFields', () => {
  it('turns peso fields into centavos with integer math, anywhere in the tree', () => {
    expect(
      convertPesoFields({ variants: [{ price: '49.900', vipPrice: '42000', name: 'x' }] }, ['price', 'vipPrice']),
    ).toEqual({
      variants: [{ priceCents: 4_990_000, vipPriceCents: 4_200_000, name: 'x' }],
    });
  });

  it('refuses centavos and text with a message on the form field', () => {
    expect(() => convertPesoFields({ variants: [{ price: '49.900,50' }] }, ['price'])).toThrow(
      expect.objectContaining({
        code: 'VALIDATION',
        details: { fields: { 'variants.0.price': expect.stringContaining('pesos') } },
      }),
    );
  });
});

describe('toFormFieldNames', () => {
  it('maps API field names back to the form names', () => {
    expect(toFormFieldNames({ 'variants.1.vipPriceCents': 'a', minOrderCents: 'b', sku: 'c' })).toEqual({
      'variants.1.vipPrice': 'a',
      minOrder: 'b',
      sku: 'c',
    });
  });
});
