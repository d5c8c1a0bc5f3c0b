import { and, asc, count, isNotNull, isNull, max, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { categories, products } from '@/db/schema';

/*
 * What the sitemap lists: exactly the products a shopper can open (the listing predicate of
 * list-products.ts: active, not deleted, in a category that is not deleted, with at least one
 * variant) and the categories that are not deleted, with their last change.
 */

export type SitemapEntry = { slug: string; lastModified: Date };

const listed = () =>
  and(
    sql`${products.isActive}`,
    isNull(products.deletedAt),
    isNull(categories.deletedAt),
    isNotNull(products.minPriceCents),
  );

export async function countSitemapProducts(db: Db): Promise<{ count: number; lastModified: Date | null }> {
  const [row] = await db
    .select({ count: count(), lastModified: max(products.updatedAt) })
    .from(products)
    .innerJoin(categories, sql`${categories.id} = ${products.categoryId}`)
    .where(listed());
  return { count: row?.count ?? 0, lastModified: row?.lastModified ?? null };
}

/** One page of listed products, oldest first (stable, and served by products_listed_created_idx). */
export async function listSitemapProducts(db: Db, page: { offset: number; limit: number }): Promise<SitemapEntry[]> {
  return db
    .select({ slug: products.slug, lastModified: products.updatedAt })
    .from(products)
    .innerJoin(categories, sql`${categories.id} = ${products.categoryId}`)
    .where(listed())
    .orderBy(asc(products.createdAt), asc(products.id))
    .offset(page.offset)
    .limit(page.limit);
}

/** Categories that are not deleted; last modified = their newest listed product's change, or their creation. */
export async function listSitemapCategories(db: Db): Promise<SitemapEntry[]> {
  const rows = await db
    .select({
      slug: categories.slug,
      createdAt: categories.createdAt,
      newest:
        sql<Date | null>`max(${products.updatedAt}) FILTER (WHERE ${products.isActive} AND ${products.deletedAt} IS NULL AND ${products.minPriceCents} IS NOT NULL)`.mapWith(
          (v: string | Date | null) => (v === null ? null : new Date(v)),
        ),
    })
    .from(categories)
    .leftJoin(products, sql`${products.categoryId} = ${categories.id}`)
    .where(isNull(categories.deletedAt))
    .groupBy(categories.id)
    .orderBy(asc(categories.sortOrder), asc(categories.name));
  return rows.map((r) => ({
    slug: r.slug,
    lastModified: r.newest && r.newest > r.createdAt ? r.newest : r.createdAt,
  }));
}
