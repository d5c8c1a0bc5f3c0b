import type { AvailabilityStatus, NamedRef, ProductDetail } from '@/lib/catalog/types';
import { parseOpeningHours } from './opening-hours';
import { absoluteUrl, categoryPath, productPath } from './site-url';
import type { StoreIdentity } from './store-identity';

/*
 * schema.org structured data for search results (Google's Product, Breadcrumb and LocalBusiness
 * rich results). Built from the same cached catalogue entry the page shows, so the price, stock and
 * rating in the JSON-LD are the page's. Prices are the public ones: the VIP price is a member
 * benefit shown only to signed-in members and never appears as an offer.
 */

export type JsonLd = Record<string, unknown>;

export const BRAND = 'Botica';

/** Whole pesos as schema.org wants a price: a plain decimal number, no separators. */
export function pesos(cents: number): string {
  return (cents / 100).toFixed(2);
}

export function schemaAvailability(status: AvailabilityStatus): string {
  return status === 'OUT_OF_STOCK' ? 'https://schema.org/OutOfStock' : 'https://schema.org/InStock';
}

export function productJsonLd(product: ProductDetail, origin?: string): JsonLd {
  const url = absoluteUrl(productPath(product.slug), origin);
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    '@id': `${url}#producto`,
    name: product.name,
    description: product.description || undefined,
    url,
    image: product.images.map((img) => absoluteUrl(img.url, origin)),
    sku: product.variants.length === 1 ? product.variants[0]!.sku : undefined,
    category: product.category.name,
    brand: { '@type': 'Brand', name: BRAND },
    offers: product.variants.map((variant) => ({
      '@type': 'Offer',
      sku: variant.sku,
      name: `${product.name} — ${variant.name}`,
      url: `${url}?variante=${encodeURIComponent(variant.sku)}`,
      price: pesos(variant.priceCents),
      priceCurrency: 'COP',
      availability: schemaAvailability(variant.availability),
      itemCondition: 'https://schema.org/NewCondition',
    })),
    aggregateRating:
      product.rating.count > 0
        ? {
            '@type': 'AggregateRating',
            ratingValue: product.rating.average.toFixed(1),
            reviewCount: product.rating.count,
            bestRating: 5,
            worstRating: 1,
          }
        : undefined,
  };
}

export function breadcrumbJsonLd(items: Array<{ name: string; path: string }>, origin?: string): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.name,
      item: absoluteUrl(item.path, origin),
    })),
  };
}

export function productBreadcrumb(product: { name: string; slug: string; category: NamedRef }, origin?: string) {
  return breadcrumbJsonLd(
    [
      { name: 'Inicio', path: '/' },
      { name: product.category.name, path: categoryPath(product.category.slug) },
      { name: product.name, path: productPath(product.slug) },
    ],
    origin,
  );
}

/** The shop as an Organization and the spa itself as a LocalBusiness (a DaySpa), for the home page. */
export function storeJsonLd(store: StoreIdentity, origin?: string): JsonLd {
  const home = absoluteUrl('/', origin);
  const hours = parseOpeningHours(store.hours);
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'Organization',
        '@id': `${home}#organizacion`,
        name: store.name,
        url: home,
        logo: absoluteUrl('/icon.svg', origin),
        email: store.email ?? undefined,
        telephone: store.phone ?? undefined,
      },
      {
        '@type': 'DaySpa',
        '@id': `${home}#spa`,
        name: store.name,
        url: home,
        image: absoluteUrl('/og/inicio', origin),
        parentOrganization: { '@id': `${home}#organizacion` },
        telephone: store.phone ?? undefined,
        email: store.email ?? undefined,
        priceRange: '$$',
        currenciesAccepted: 'COP',
        address: {
          '@type': 'PostalAddress',
          streetAddress: store.address,
          addressLocality: store.city,
          addressCountry: 'CO',
        },
        openingHours: store.hours,
        openingHoursSpecification: hours.length > 0 ? hours : undefined,
      },
    ],
  };
}

/**
 * The JSON for a <script type="application/ld+json">: `undefined` fields dropped by JSON.stringify,
 * and `<` escaped so text from the catalogue can never close the script element.
 */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
