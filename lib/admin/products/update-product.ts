import { eq, sql } from 'drizzle-orm';
import type { Database, Tx } from '@/db/client';
import { productTags, productVariants, products, relatedProducts, tags } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { invalidateCatalog } from '@/lib/catalog/cache-tags';
import { notFound } from '@/lib/errors';
import type { AdminActor } from '@/lib/admin/shared/admin-actor';
import { isUuid, parseInput } from '@/lib/validation';
import { categoryIdBySlug, resolveProductSlug, setProductTags, setRelatedProducts } from './product-relations';
import { updateProductSchema } from './product-schemas';
import { mapProductSlugViolation, productSnapshot } from './product-snapshot';

export const productNotFound = () => notFound('No encontramos ese producto.');

type ProductRow = typeof products.$inferSelect;

/** Locks the product row for an edit; a malformed or unknown id is 404. */
export async function lockProduct(tx: Tx, productId: string): Promise<ProductRow> {
  if (!isUuid(productId)) throw productNotFound();
  const [product] = await tx.select().from(products).where(eq(products.id, productId)).for('update');
  if (!product) throw productNotFound();
  return product;
}

async function relationsOf(tx: Tx, productId: string) {
  const [tagRows, relatedRows] = await Promise.all([
    tx
      .select({ name: tags.name })
      .from(productTags)
      .innerJoin(tags, eq(tags.id, productTags.tagId))
      .where(eq(productTags.productId, productId)),
    tx
      .select({ id: relatedProducts.relatedProductId })
      .from(relatedProducts)
      .where(eq(relatedProducts.productId, productId))
      .orderBy(relatedProducts.sortOrder),
  ]);
  return { tags: tagRows.map((t) => t.name).sort(), relatedProductIds: relatedRows.map((r) => r.id) };
}

/**
 * Edits any product field, including visibility (`isActive`), tags and related products, with the
 * before/after in the audit log. A shopper sees the change on the next page load: the catalogue
 * invalidation commits with the edit.
 */
export async function updateProduct(
  db: Database,
  args: { productId: string; input: unknown; actor: AdminActor },
): Promise<ProductRow> {
  const input = parseInput(updateProductSchema, args.input);
  try {
    return await db.transaction(async (tx) => {
      const before = await lockProduct(tx, args.productId);
      const beforeRelations = await relationsOf(tx, before.id);
      const patch: Partial<typeof products.$inferInsert> = {};
      if (input.name !== undefined) patch.name = input.name;
      if (input.description !== undefined) patch.description = input.description;
      if (input.benefits !== undefined) patch.benefits = input.benefits;
      if (input.howToUse !== undefined) patch.howToUse = input.howToUse;
      if (input.whatIsIncluded !== undefined) patch.whatIsIncluded = input.whatIsIncluded;
      if (input.isActive !== undefined) patch.isActive = input.isActive;
      if (input.isFeatured !== undefined) patch.isFeatured = input.isFeatured;
      if (input.preparationDays !== undefined) patch.preparationDays = input.preparationDays;
      if (input.categorySlug !== undefined) patch.categoryId = await categoryIdBySlug(tx, input.categorySlug);
      if (input.slug !== undefined && input.slug !== before.slug)
        patch.slug = await resolveProductSlug(tx, { wanted: input.slug, name: before.name, exceptId: before.id });

      const [after] = await tx
        .update(products)
        .set({ ...patch, updatedAt: sql`now()` })
        .where(eq(products.id, before.id))
        .returning();
      if (!after) throw productNotFound();
      const newTags = input.tags !== undefined ? await setProductTags(tx, before.id, input.tags) : false;
      if (input.relatedProductIds !== undefined) await setRelatedProducts(tx, before.id, input.relatedProductIds);

      await recordAudit(tx, {
        actorId: args.actor.id,
        action: 'product.updated',
        entityType: 'product',
        entityId: before.id,
        before: { ...productSnapshot(before), ...beforeRelations },
        after: { ...productSnapshot(after), ...(await relationsOf(tx, before.id)) },
        requestId: args.actor.requestId,
      });
      await invalidateCatalog({ productIds: [before.id], tags: newTags }, { db: tx });
      return after;
    });
  } catch (error) {
    throw mapProductSlugViolation(error);
  }
}

/**
 * Soft delete (`deleted = true`) or restore. The rows stay, so past orders, the ledger and the price
 * history keep pointing at them; shoppers stop seeing a deleted product at once.
 */
export async function setProductDeleted(
  db: Database,
  args: { productId: string; deleted: boolean; actor: AdminActor },
): Promise<ProductRow> {
  return db.transaction(async (tx) => {
    const before = await lockProduct(tx, args.productId);
    const [after] = await tx
      .update(products)
      .set({ deletedAt: args.deleted ? (before.deletedAt ?? sql`now()`) : null, updatedAt: sql`now()` })
      .where(eq(products.id, before.id))
      .returning();
    if (!after) throw productNotFound();
    const variantIds = (
      await tx.select({ id: productVariants.id }).from(productVariants).where(eq(productVariants.productId, before.id))
    ).map((v) => v.id);
    await recordAudit(tx, {
      actorId: args.actor.id,
      action: args.deleted ? 'product.deleted' : 'product.restored',
      entityType: 'product',
      entityId: before.id,
      before: { deletedAt: before.deletedAt },
      after: { deletedAt: after.deletedAt },
      requestId: args.actor.requestId,
    });
    await invalidateCatalog({ productIds: [before.id], variantIds }, { db: tx });
    return after;
  });
}
