import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { FeedVariantRow } from '@/lib/catalog/list-feed-items';
import { META_CSV_COLUMNS, csvField, feedItems, googleMerchantRss, metaCatalogCsv } from './feeds';

const ORIGIN = 'https://botica.example';
const row = (over: Partial<FeedVariantRow>): FeedVariantRow => ({
  productId: 'p1',
  slug: 'aceite',
  productName: 'Aceite "Dulce", de almendras',
  description: 'Línea 1\nLínea 2 & más <b>',
  categoryName: 'Aceites',
  sku: 'ALM-100',
  variantName: '100 ml',
  variantCount: 2,
  priceCents: 3_290_000,
  available: 3,
  imageUrl: '/uploads/products/a.png',
  ...over,
});

const rows = [
  row({}),
  row({ sku: 'ALM-500', variantName: '500 ml', priceCents: 9_890_000, available: 0 }),
  row({
    productId: 'p2',
    slug: 'vela',
    productName: 'Vela',
    sku: 'VEL-1',
    variantCount: 1,
    imageUrl: '/images/products/vela.svg',
  }),
  row({ productId: 'p3', slug: 'sin-foto', sku: 'NOF-1', variantCount: 1, imageUrl: null }),
];

describe('feedItems', () => {
  it('has every required field, the public price in COP and availability from stock; no item without a picture', () => {
    const items = feedItems(rows, ORIGIN);
    expect(items.map((i) => i.id)).toEqual(['ALM-100', 'ALM-500', 'VEL-1']);
    expect(items[0]).toEqual({
      id: 'ALM-100',
      title: 'Aceite "Dulce", de almendras — 100 ml',
      description: 'Línea 1 Línea 2 & más <b>',
      link: 'https://botica.example/productos/aceite?variante=ALM-100',
      imageLink: 'https://botica.example/uploads/products/a.png',
      availability: 'in stock',
      price: '32900.00 COP',
      condition: 'new',
      brand: 'Botica',
      itemGroupId: 'p1',
      productType: 'Aceites',
    });
    expect(items[1]).toMatchObject({ availability: 'out of stock', price: '98900.00 COP' });
    // SVG pictures are served as PNG (both platforms reject SVG); a single-variant product links to its page.
    expect(items[2]).toMatchObject({
      imageLink: 'https://botica.example/og/productos/vela/foto',
      link: 'https://botica.example/productos/vela',
    });
  });
});

describe('googleMerchantRss', () => {
  it('is well-formed RSS 2.0 with the g: namespace and the required fields on every item', () => {
    const xml = googleMerchantRss(feedItems(rows, ORIGIN), ORIGIN);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(xml);
    expect(doc.rss['@_version']).toBe('2.0');
    expect(doc.rss['@_xmlns:g']).toBe('http://base.google.com/ns/1.0');
    const items = doc.rss.channel.item as Array<Record<string, unknown>>;
    expect(items).toHaveLength(3);
    for (const item of items) {
      for (const field of [
        'g:id',
        'title',
        'description',
        'link',
        'g:image_link',
        'g:availability',
        'g:price',
        'g:condition',
        'g:brand',
        'g:item_group_id',
      ])
        expect(item[field], field).toBeTruthy();
    }
    expect(items[1]).toMatchObject({ 'g:availability': 'out_of_stock', 'g:price': '98900.00 COP' });
  });
});

describe('metaCatalogCsv', () => {
  it('has the header and one RFC 4180 row per item', () => {
    const csv = metaCatalogCsv(feedItems(rows, ORIGIN));
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(META_CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain('"Aceite ""Dulce"", de almendras — 100 ml"');
    expect(lines[2]).toContain(',out of stock,new,98900.00 COP,');
  });

  it('quotes separators and defuses spreadsheet formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('simple')).toBe('simple');
  });
});
