import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { listFeedVariants } from '@/lib/catalog/list-feed-items';
import { createCatalogProduct } from '@/lib/testing/catalog-fixtures';
import { testDb } from '@/lib/testing/test-db';
import { feedItems, googleMerchantRss, metaCatalogCsv } from './feeds';

const db = testDb();
const ORIGIN = 'https://botica.example';
const image = [{ url: '/uploads/products/x.png' }];

describe('product feeds from the catalogue', () => {
  it('list every variant of active products only, with stock-based availability and public prices', async () => {
    const { variants } = await createCatalogProduct(db, {
      name: 'Aceite',
      images: image,
      variants: [
        { name: '100 ml', priceCents: 3_290_000, vipPriceCents: 2_800_000, stock: 5, reserved: 5 },
        { name: '250 ml', priceCents: 5_990_000, stock: 2 },
      ],
    });
    await createCatalogProduct(db, { name: 'Inactivo', images: image, isActive: false });
    await createCatalogProduct(db, { name: 'Borrado', images: image, deleted: true });

    const items = feedItems(await listFeedVariants(db), ORIGIN);
    expect(items.map((i) => [i.id, i.availability, i.price])).toEqual([
      [variants[0]!.sku, 'out of stock', '32900.00 COP'],
      [variants[1]!.sku, 'in stock', '59900.00 COP'],
    ]);
    expect(new Set(items.map((i) => i.itemGroupId)).size).toBe(1);
    expect(XMLValidator.validate(googleMerchantRss(items, ORIGIN))).toBe(true);
    expect(metaCatalogCsv(items).split('\r\n')).toHaveLength(items.length + 2);
  });
});
