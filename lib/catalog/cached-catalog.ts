import { getDb } from '@/db/client';
import { CATALOG_TAGS } from './cache-tags';
import { CATALOG_TTL_MS, cachedCatalogRead } from './catalog-cache';
import { getCategoryBySlug } from './get-category';
import { getProductBySlug } from './get-product';
import { listCategories, type CategorySummary } from './list-categories';
import { listHomeSections, type HomeSections } from './list-home-sections';
import { listProducts } from './list-products';
import { listTags, type TagSummary } from './list-tags';
import type { ProductDetail, ProductListQuery, ProductListResult } from './types';

/*
 * The catalogue reads that pages and the public API use: the services above, through the process
 * cache (catalog-cache.ts) on the app pool. Services stay plain `fn(db, input)` for tests and
 * transactions; only these wrappers know about caching.
 */

export function getCachedProductList(query: ProductListQuery): Promise<ProductListResult> {
  const key = `list:${JSON.stringify([query.q ?? '', query.category ?? '', query.tag ?? '', query.minPriceCents ?? '', query.maxPriceCents ?? '', query.inStock ? 1 : 0, query.sort, query.page, query.pageSize])}`;
  return cachedCatalogRead(key, { ttlMs: CATALOG_TTL_MS.availability, tags: [CATALOG_TAGS.lists] }, () =>
    listProducts(getDb(), query),
  );
}

export function getCachedProduct(slug: string): Promise<ProductDetail | null> {
  return cachedCatalogRead(
    `product:${slug}`,
    {
      ttlMs: CATALOG_TTL_MS.availability,
      // A miss is remembered too, until any product change (the product may be created or reactivated).
      tagsOf: (detail) =>
        detail
          ? [
              CATALOG_TAGS.product(detail.id),
              ...detail.variants.map((v) => CATALOG_TAGS.variant(v.id)),
              ...detail.related.map((r) => CATALOG_TAGS.product(r.id)),
            ]
          : [CATALOG_TAGS.lists],
    },
    () => getProductBySlug(getDb(), slug),
  );
}

export function getCachedHomeSections(): Promise<HomeSections> {
  return cachedCatalogRead('home', { ttlMs: CATALOG_TTL_MS.availability, tags: [CATALOG_TAGS.lists] }, () =>
    listHomeSections(getDb()),
  );
}

export function getCachedCategories(): Promise<CategorySummary[]> {
  return cachedCatalogRead('categories', { ttlMs: CATALOG_TTL_MS.reference, tags: [CATALOG_TAGS.categories] }, () =>
    listCategories(getDb()),
  );
}

export function getCachedCategory(slug: string): Promise<CategorySummary | null> {
  return cachedCatalogRead(
    `category:${slug}`,
    { ttlMs: CATALOG_TTL_MS.reference, tags: [CATALOG_TAGS.categories] },
    () => getCategoryBySlug(getDb(), slug),
  );
}

export function getCachedTags(): Promise<TagSummary[]> {
  return cachedCatalogRead('tags', { ttlMs: CATALOG_TTL_MS.reference, tags: [CATALOG_TAGS.tags] }, () =>
    listTags(getDb()),
  );
}
