import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { products } from '@/db/schema';
import { isCatalogSlug } from '@/lib/catalog/slug';
import { notFound } from '@/lib/errors';

export type ReviewProduct = { id: string; slug: string; name: string };

/** The listed product behind `/products/{slug}/reviews`; inactive or deleted is 404, as its page is. */
export async function findListedProductBySlug(db: Db, slug: string): Promise<ReviewProduct> {
  const [product] = isCatalogSlug(slug)
    ? await db
        .select({ id: products.id, slug: products.slug, name: products.name })
        .from(products)
        .where(and(eq(products.slug, slug), eq(products.isActive, true), isNull(products.deletedAt)))
        .limit(1)
    : [];
  if (!product) throw notFound('No encontramos ese producto.');
  return product;
}
