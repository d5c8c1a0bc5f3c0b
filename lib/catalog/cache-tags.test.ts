import { describe, expect, it } from 'vitest';
import { CATALOG_TAGS, tagsForChange } from './cache-tags';

describe('tagsForChange', () => {
  it('a product or variant change also drops every list', () => {
    expect(tagsForChange({ productIds: ['p'], variantIds: ['v'] }).sort()).toEqual(
      [CATALOG_TAGS.lists, CATALOG_TAGS.product('p'), CATALOG_TAGS.variant('v')].sort(),
    );
  });

  it('a stock-only change drops the variants’ product pages, not the lists', () => {
    expect(tagsForChange({ variantIds: ['v1', 'v2'], stockOnly: true })).toEqual([
      CATALOG_TAGS.variant('v1'),
      CATALOG_TAGS.variant('v2'),
    ]);
  });

  it('categories and tags drop their lookups and the lists; everything is one tag', () => {
    expect(tagsForChange({ categories: true })).toEqual([CATALOG_TAGS.categories, CATALOG_TAGS.lists]);
    expect(tagsForChange({ tags: true })).toEqual([CATALOG_TAGS.tags, CATALOG_TAGS.lists]);
    expect(tagsForChange({ all: true, productIds: ['p'] })).toEqual([CATALOG_TAGS.all]);
    expect(tagsForChange({})).toEqual([]);
  });
});
