import type { FeedVariantRow } from '@/lib/catalog/list-feed-items';
import { BRAND, pesos } from './json-ld';
import { summary } from './metadata';
import { escapeXml } from './sitemap-xml';
import { absoluteUrl, productPath, siteOrigin } from './site-url';

/*
 * Product feeds for Google Merchant Center (RSS 2.0 with the g: namespace) and the Meta / Instagram
 * catalogue (CSV), one item per variant (SKU) grouped by product (item_group_id). Only listed
 * products are in them, and only items that carry every field both platforms require (a product
 * without a picture is left out: both reject an item without image_link).
 */

export type FeedItem = {
  id: string;
  title: string;
  description: string;
  link: string;
  imageLink: string;
  availability: 'in stock' | 'out of stock';
  /** "35000.00 COP" */
  price: string;
  condition: 'new';
  brand: string;
  itemGroupId: string;
  productType: string;
};

/** Both platforms reject SVG pictures: those are served as PNG by the product picture route. */
function feedImage(row: FeedVariantRow, origin: string): string | null {
  if (!row.imageUrl) return null;
  if (/\.svg$/i.test(row.imageUrl)) return absoluteUrl(`/og/productos/${row.slug}/foto`, origin);
  return absoluteUrl(row.imageUrl, origin);
}

export function feedItems(rows: readonly FeedVariantRow[], origin: string = siteOrigin()): FeedItem[] {
  const items: FeedItem[] = [];
  for (const row of rows) {
    const imageLink = feedImage(row, origin);
    if (!imageLink) continue;
    const link = absoluteUrl(productPath(row.slug), origin);
    items.push({
      id: row.sku,
      title: summary(row.variantCount > 1 ? `${row.productName} — ${row.variantName}` : row.productName, 150),
      description: summary(row.description || row.productName, 5000),
      link: row.variantCount > 1 ? `${link}?variante=${encodeURIComponent(row.sku)}` : link,
      imageLink,
      availability: row.available > 0 ? 'in stock' : 'out of stock',
      price: `${pesos(row.priceCents)} COP`,
      condition: 'new',
      brand: BRAND,
      itemGroupId: row.productId,
      productType: row.categoryName,
    });
  }
  return items;
}

const g = (tag: string, value: string) => `<g:${tag}>${escapeXml(value)}</g:${tag}>`;

export function googleMerchantRss(items: readonly FeedItem[], origin: string = siteOrigin()): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:g="http://base.google.com/ns/1.0">',
    '<channel>',
    `<title>${escapeXml(`${BRAND} — productos del spa`)}</title>`,
    `<link>${escapeXml(absoluteUrl('/', origin))}</link>`,
    '<description>Catálogo de productos de Botica Spa (COP).</description>',
    ...items.map((item) =>
      [
        '<item>',
        g('id', item.id),
        `<title>${escapeXml(item.title)}</title>`,
        `<description>${escapeXml(item.description)}</description>`,
        `<link>${escapeXml(item.link)}</link>`,
        g('image_link', item.imageLink),
        g('availability', item.availability.replaceAll(' ', '_')),
        g('price', item.price),
        g('condition', item.condition),
        g('brand', item.brand),
        g('item_group_id', item.itemGroupId),
        g('product_type', item.productType),
        // Spa-made products have no GTIN or MPN.
        g('identifier_exists', 'no'),
        '</item>',
      ].join(''),
    ),
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}

export const META_CSV_COLUMNS = [
  'id',
  'title',
  'description',
  'availability',
  'condition',
  'price',
  'link',
  'image_link',
  'brand',
  'item_group_id',
  'product_type',
] as const;

/** RFC 4180 field; a leading = + - @ is prefixed with ' so a spreadsheet never runs it as a formula. */
export function csvField(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function metaCatalogCsv(items: readonly FeedItem[]): string {
  const rows = items.map((item) =>
    [
      item.id,
      item.title,
      item.description,
      item.availability,
      item.condition,
      item.price,
      item.link,
      item.imageLink,
      item.brand,
      item.itemGroupId,
      item.productType,
    ]
      .map(csvField)
      .join(','),
  );
  return `${[META_CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

export const FEED_PATHS = { google: '/feeds/google-merchant.xml', meta: '/feeds/meta-catalog.csv' } as const;
