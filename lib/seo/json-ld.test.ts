import { describe, expect, it } from 'vitest';
import type { ProductDetail, VariantDetail } from '@/lib/catalog/types';
import { productBreadcrumb, productJsonLd, serializeJsonLd, storeJsonLd } from './json-ld';
import { DEFAULT_STORE_IDENTITY } from './store-identity';

const variant = (over: Partial<VariantDetail>): VariantDetail => ({
  id: 'v1',
  sku: 'ALM-100',
  name: '100 ml',
  priceCents: 3_290_000,
  vipPriceCents: 2_800_000,
  available: 4,
  availability: 'LOW_STOCK',
  minOrderQuantity: 1,
  maxOrderQuantity: 10,
  weightGrams: null,
  dimensionsCm: null,
  bulkDiscounts: [],
  ...over,
});

const product: ProductDetail = {
  id: 'p1',
  slug: 'aceite-de-almendras-dulces',
  name: 'Aceite de Almendras Dulces',
  description: 'Para masaje </script><script>alert(1)</script>',
  benefits: '',
  howToUse: '',
  whatIsIncluded: '',
  preparationDays: 0,
  category: { slug: 'aceites', name: 'Aceites' },
  tags: [],
  images: [{ url: '/images/products/a.svg', alt: 'Frasco', variantId: null, isPrimary: true }],
  variants: [
    variant({}),
    variant({
      id: 'v2',
      sku: 'ALM-500',
      name: '500 ml',
      priceCents: 9_890_000,
      available: 0,
      availability: 'OUT_OF_STOCK',
    }),
  ],
  priceCents: 3_290_000,
  vipPriceCents: 2_800_000,
  inStock: true,
  rating: { average: 4.5, count: 2 },
  related: [],
};

const ORIGIN = 'https://botica.example';

describe('productJsonLd', () => {
  it('has one COP Offer per variant with the public price and availability, never the VIP price', () => {
    const ld = productJsonLd(product, ORIGIN);
    expect(ld).toMatchObject({
      '@type': 'Product',
      name: 'Aceite de Almendras Dulces',
      url: 'https://botica.example/productos/aceite-de-almendras-dulces',
      image: ['https://botica.example/images/products/a.svg'],
      brand: { '@type': 'Brand', name: 'Botica' },
      offers: [
        {
          '@type': 'Offer',
          sku: 'ALM-100',
          price: '32900.00',
          priceCurrency: 'COP',
          availability: 'https://schema.org/InStock',
        },
        { sku: 'ALM-500', price: '98900.00', priceCurrency: 'COP', availability: 'https://schema.org/OutOfStock' },
      ],
      aggregateRating: { '@type': 'AggregateRating', ratingValue: '4.5', reviewCount: 2 },
    });
    expect(JSON.stringify(ld)).not.toContain('28000');
  });

  it('leaves the rating out while the product has no visible reviews', () => {
    const ld = productJsonLd({ ...product, rating: { average: 0, count: 0 } }, ORIGIN);
    expect(JSON.parse(serializeJsonLd(ld))).not.toHaveProperty('aggregateRating');
  });

  it('serialises so catalogue text can never close the script element', () => {
    const json = serializeJsonLd(productJsonLd(product, ORIGIN));
    expect(json).not.toContain('</script>');
    expect(JSON.parse(json).description).toBe(product.description);
  });
});

describe('productBreadcrumb', () => {
  it('lists home, category and product with absolute URLs', () => {
    expect(productBreadcrumb(product, ORIGIN)).toMatchObject({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { position: 1, name: 'Inicio', item: 'https://botica.example/' },
        { position: 2, name: 'Aceites', item: 'https://botica.example/categorias/aceites' },
        {
          position: 3,
          name: 'Aceite de Almendras Dulces',
          item: 'https://botica.example/productos/aceite-de-almendras-dulces',
        },
      ],
    });
  });
});

describe('storeJsonLd', () => {
  it('describes the spa as a LocalBusiness with its address and structured opening hours', () => {
    const ld = storeJsonLd(DEFAULT_STORE_IDENTITY, ORIGIN) as { '@graph': Array<Record<string, unknown>> };
    expect(ld['@graph'][0]).toMatchObject({
      '@type': 'Organization',
      name: 'Botica Spa',
      url: 'https://botica.example/',
    });
    expect(ld['@graph'][1]).toMatchObject({
      '@type': 'DaySpa',
      address: { streetAddress: 'Calle 93 #11-26', addressLocality: 'Bogotá', addressCountry: 'CO' },
      openingHoursSpecification: [
        {
          dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
          opens: '09:00',
          closes: '19:00',
        },
      ],
    });
  });
});
