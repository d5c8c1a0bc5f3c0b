import { cacheLife, cacheTag } from 'next/cache';
import { getDb } from '@/db/client';
import { markOutageForCache } from '@/lib/db/map-db-error';
import { CATALOG_TAGS } from './cache-tags';
import { getCategoryBySlug } from './get-category';
import { getProductBySlug } from './get-product';
import { listCategories, type CategorySummary } from './list-categories';
import { listHomeSections, type HomeSections } from './list-home-sections';
import { listProducts } from './list-products';
import { listTags, type TagSummary } from './list-tags';
import type { ProductDetail, ProductListQuery, ProductListResult } from './types';

/*
 * The catalogue reads that pages and the public API use: the services above inside Next.js's
 * `'use cache'`, tagged with the vocabulary of cache-tags.ts. The same for every visitor: nothing here
 * may read cookies, headers or the shopper (VIP prices are shown to everyone and emphasised by a
 * client island). Profiles `catalog` and `reference` are defined in next.config.js. Services stay
 * plain `fn(db, input)` for tests and transactions; only these wrappers know about caching. A database
 * outage inside them is marked so that it still answers 503, not 500 (lib/db/map-db-error.ts).
 */

export async function getCachedProductList(query: ProductListQuery): Promise<ProductListResult> {
  'use cache';
  cacheLife('catalog');
  cacheTag(CATALOG_TAGS.all, CATALOG_TAGS.lists);
  return markOutageForCache(() => listProducts(getDb(), query));
}

export async function getCachedProduct(slug: string): Promise<ProductDetail | null> {
  'use cache';
  cacheLife('catalog');
  const detail = await markOutageForCache(() => getProductBySlug(getDb(), slug));
  // A miss is remembered too, until any product change (the product may be created or reactivated).
  cacheTag(
    CATALOG_TAGS.all,
    ...(detail
      ? [
          CATALOG_TAGS.product(detail.id),
          ...detail.variants.map((v) => CATALOG_TAGS.variant(v.id)),
          ...detail.related.map((r) => CATALOG_TAGS.product(r.id)),
        ]
      : [CATALOG_TAGS.lists]),
  );
  return detail;
}

export async function getCachedHomeSections(): Promise<HomeSections> {
  'use cache';
  cacheLife('catalog');
  cacheTag(CATALOG_TAGS.all, CATALOG_TAGS.lists);
  return markOutageForCache(() => listHomeSections(getDb()));
}

export async function getCachedCategories(): Promise<CategorySummary[]> {
  'use cache';
  cacheLife('reference');
  cacheTag(CATALOG_TAGS.all, CATALOG_TAGS.categories);
  return markOutageForCache(() => listCategories(getDb()));
}

export async function getCachedCategory(slug: string): Promise<CategorySummary | null> {
  'use cache';
  cacheLife('reference');
  cacheTag(CATALOG_TAGS.all, CATALOG_TAGS.categories);
  return markOutageForCache(() => getCategoryBySlug(getDb(), slug));
}

export async function getCachedTags(): Promise<TagSummary[]> {
  'use cache';
  cacheLife('reference');
  cacheTag(CATALOG_TAGS.all, CATALOG_TAGS.tags);
  return markOutageForCache(() => listTags(getDb()));
}
