import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { categories, categorySlugHistory, products, productSlugHistory } from '@/db/schema';

/*
 * Old slugs → current slugs, from the slug history the rename triggers keep (db/schema/slug-history.ts).
 * Only owners a shopper can open are returned: an old link to a product that is now inactive or
 * deleted stays a 404 like its current URL.
 */

const productListed = () =>
  and(
    sql`${products.isActive}`,
    isNull(products.deletedAt),
    isNotNull(products.minPriceCents),
    isNull(categories.deletedAt),
  );

/**
 * The current slug for one old slug, or null (also when its owner is hidden). One lookup
 * by the history's primary key; only pages about to answer 404 ask (lib/seo/slug-redirects.ts).
 */
export async function findRenamedSlug(db: Db, kind: 'product' | 'category', slug: string): Promise<string | null> {
  if (kind === 'product') {
    const [row] = await db
      .select({ to: products.slug })
      .from(productSlugHistory)
      .innerJoin(products, eq(products.id, productSlugHistory.productId))
      .innerJoin(categories, eq(categories.id, products.categoryId))
      .where(and(eq(productSlugHistory.slug, slug), productListed()))
      .limit(1);
    return row?.to ?? null;
  }
  const [row] = await db
    .select({ to: categories.slug })
    .from(categorySlugHistory)
    .innerJoin(categories, eq(categories.id, categorySlugHistory.categoryId))
    .where(and(eq(categorySlugHistory.slug, slug), isNull(categories.deletedAt)))
    .limit(1);
  return row?.to ?? null;
}
