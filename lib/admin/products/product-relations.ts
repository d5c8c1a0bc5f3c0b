import { randomUUID } from 'node:crypto';
import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { categories, productTags, products, relatedProducts, tags } from '@/db/schema';
import { validationError } from '@/lib/errors';
import { slugify } from './product-schemas';

/** The category by slug, or a field message: a deleted category takes no new products. */
export async function categoryIdBySlug(tx: Db, slug: string): Promise<string> {
  const [category] = await tx
    .select({ id: categories.id, deletedAt: categories.deletedAt })
    .from(categories)
    .where(eq(categories.slug, slug))
    // Shared lock: a concurrent category delete (FOR UPDATE) either sees this product or makes it fail here.
    .for('share');
  if (!category || category.deletedAt) throw validationError({ categorySlug: 'Esa categoría no existe.' });
  return category.id;
}

/** The wanted slug if free, else the first free `slug-2`, `slug-3`…; an explicit slug that is taken is a field error. */
export async function resolveProductSlug(
  tx: Db,
  args: { wanted?: string; name: string; exceptId?: string },
): Promise<string> {
  const base = args.wanted ?? (slugify(args.name) || 'producto');
  const taken = await tx
    .select({ slug: products.slug })
    .from(products)
    .where(
      and(
        inArray(products.slug, [base, ...Array.from({ length: 20 }, (_, i) => `${base}-${i + 2}`)]),
        args.exceptId ? ne(products.id, args.exceptId) : undefined,
      ),
    );
  const used = new Set(taken.map((t) => t.slug));
  if (!used.has(base)) return base;
  if (args.wanted) throw validationError({ slug: 'Ya hay un producto con esa dirección.' });
  for (let n = 2; n <= 21; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
  return `${base}-${randomUUID().slice(0, 6)}`;
}

/**
 * Sets the product's tags by name, creating the ones that do not exist yet (their slug is the key).
 * Returns whether a new tag was created, so the caller invalidates the tag list too.
 */
export async function setProductTags(tx: Db, productId: string, names: readonly string[]): Promise<boolean> {
  const wanted = new Map<string, string>();
  for (const name of names) {
    const slug = slugify(name);
    if (slug && !wanted.has(slug)) wanted.set(slug, name.trim());
  }
  const created = wanted.size
    ? await tx
        .insert(tags)
        .values([...wanted].map(([slug, name]) => ({ slug, name })))
        .onConflictDoNothing({ target: tags.slug })
        .returning({ id: tags.id })
    : [];
  await tx.delete(productTags).where(eq(productTags.productId, productId));
  if (wanted.size > 0) {
    const rows = await tx
      .select({ id: tags.id })
      .from(tags)
      .where(inArray(tags.slug, [...wanted.keys()]));
    await tx.insert(productTags).values(rows.map((t) => ({ productId, tagId: t.id })));
  }
  return created.length > 0;
}

/** Curated related products in the given order; unknown ids and the product itself are field errors. */
export async function setRelatedProducts(tx: Db, productId: string, relatedIds: readonly string[]): Promise<void> {
  const ids = [...new Set(relatedIds)];
  if (ids.includes(productId))
    throw validationError({ relatedProductIds: 'Un producto no puede estar relacionado consigo mismo.' });
  if (ids.length > 0) {
    const found = await tx.select({ id: products.id }).from(products).where(inArray(products.id, ids));
    if (found.length !== ids.length)
      throw validationError({ relatedProductIds: 'Alguno de los productos relacionados no existe.' });
  }
  await tx.delete(relatedProducts).where(eq(relatedProducts.productId, productId));
  if (ids.length > 0)
    await tx
      .insert(relatedProducts)
      .values(ids.map((relatedProductId, sortOrder) => ({ productId, relatedProductId, sortOrder })));
}
