import { and, asc, count, eq, isNull, sql } from 'drizzle-orm';
import type { Database, Db } from '@/db/client';
import { categories, products } from '@/db/schema';
import type { AdminActor } from '@/lib/admin/shared/admin-actor';
import { slugify } from '@/lib/admin/products/product-schemas';
import { recordAudit } from '@/lib/audit/record-audit';
import { invalidateCatalog } from '@/lib/catalog/cache-tags';
import { PG, pgConstraint, pgErrorCode } from '@/lib/db/pg-error';
import { AppError, validationError } from '@/lib/errors';
import { isUuid, parseInput } from '@/lib/validation';
import { categoryNotFound } from './list-admin-categories';
import { createCategorySchema, moveCategorySchema, updateCategorySchema } from './category-schemas';

type CategoryRow = typeof categories.$inferSelect;

function mapSlugTaken(error: unknown): unknown {
  if (pgErrorCode(error) === PG.uniqueViolation && pgConstraint(error) === 'categories_slug_key')
    return new AppError({
      code: 'VALIDATION',
      status: 409,
      message: 'Ya existe una categoría con esa dirección.',
      details: { fields: { slug: 'Ya existe una categoría con esa dirección.' } },
    });
  return error;
}

const snapshot = ({ slug, name, description, sortOrder, isActive }: CategoryRow) => ({
  slug,
  name,
  description,
  sortOrder,
  isActive,
});

async function lockCategory(tx: Db, categoryId: string): Promise<CategoryRow> {
  if (!isUuid(categoryId)) throw categoryNotFound();
  const [row] = await tx
    .select()
    .from(categories)
    .where(and(eq(categories.id, categoryId), isNull(categories.deletedAt)))
    .for('update');
  if (!row) throw categoryNotFound();
  return row;
}

/** Creates a category; without `sortOrder` it goes last. Duplicate slug → 409 VALIDATION on `slug`. */
export async function createCategory(db: Database, args: { input: unknown; actor: AdminActor }): Promise<CategoryRow> {
  const input = parseInput(createCategorySchema, args.input);
  const slug = input.slug ?? slugify(input.name);
  if (slug.length < 2) throw validationError({ slug: 'Escribe una dirección (por ejemplo cuidado-facial).' });
  try {
    return await db.transaction(async (tx) => {
      const [last] = await tx
        .select({ max: sql<number>`coalesce(max(${categories.sortOrder}), 0)::int` })
        .from(categories)
        .where(isNull(categories.deletedAt));
      const [row] = await tx
        .insert(categories)
        .values({
          name: input.name,
          slug,
          description: input.description,
          sortOrder: input.sortOrder ?? (last?.max ?? 0) + 10,
          isActive: input.isActive,
        })
        .returning();
      if (!row) throw new Error('category insert returned nothing');
      await recordAudit(tx, {
        actorId: args.actor.id,
        action: 'category.created',
        entityType: 'category',
        entityId: row.id,
        after: snapshot(row),
        requestId: args.actor.requestId,
      });
      await invalidateCatalog({ categories: true }, { db: tx });
      return row;
    });
  } catch (error) {
    throw mapSlugTaken(error);
  }
}

/** Any subset of the fields; `{ isActive: false }` hides it from the store. */
export async function updateCategory(
  db: Database,
  args: { categoryId: string; input: unknown; actor: AdminActor },
): Promise<CategoryRow> {
  const input = parseInput(updateCategorySchema, args.input);
  try {
    return await db.transaction(async (tx) => {
      const before = await lockCategory(tx, args.categoryId);
      const [row] = await tx.update(categories).set(input).where(eq(categories.id, before.id)).returning();
      await recordAudit(tx, {
        actorId: args.actor.id,
        action: 'category.updated',
        entityType: 'category',
        entityId: before.id,
        before: snapshot(before),
        after: snapshot(row!),
        requestId: args.actor.requestId,
      });
      // A rename or hide shows on product pages too (breadcrumbs, category links): drop everything.
      await invalidateCatalog({ all: true }, { db: tx });
      return row!;
    });
  } catch (error) {
    throw mapSlugTaken(error);
  }
}

/**
 * Deletes (soft) a category that holds no product that is not deleted; otherwise 409
 * MKT-CATEGORY-IN-USE with the count. The category row lock (FOR UPDATE) conflicts with the shared
 * lock product create/edit takes on the category (`categoryIdBySlug`), so a product added at the same
 * moment is either counted here or refused there. The slug is freed for a new category.
 */
export async function deleteCategory(db: Database, args: { categoryId: string; actor: AdminActor }): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await lockCategory(tx, args.categoryId);
    const [inUse] = await tx
      .select({ n: count() })
      .from(products)
      .where(and(eq(products.categoryId, row.id), isNull(products.deletedAt)));
    const productCount = inUse?.n ?? 0;
    if (productCount > 0) {
      throw new AppError({
        code: 'MKT-CATEGORY-IN-USE',
        status: 409,
        message: `No se puede eliminar: la categoría tiene ${productCount} ${productCount === 1 ? 'producto' : 'productos'}. Muévelos a otra categoría o elimínalos primero.`,
        details: { products: productCount, href: `/admin/productos?category=${row.slug}` },
      });
    }
    await tx
      .update(categories)
      .set({ deletedAt: sql`now()`, isActive: false, slug: `${row.slug}--eliminada-${row.id.slice(0, 8)}` })
      .where(eq(categories.id, row.id));
    await recordAudit(tx, {
      actorId: args.actor.id,
      action: 'category.deleted',
      entityType: 'category',
      entityId: row.id,
      before: snapshot(row),
      requestId: args.actor.requestId,
    });
    await invalidateCatalog({ categories: true }, { db: tx });
  });
}

/** Moves a category one place up or down in the store's order, renumbering all of them 10, 20, 30… */
export async function moveCategory(
  db: Database,
  args: { categoryId: string; input: unknown; actor: AdminActor },
): Promise<void> {
  const { direction } = parseInput(moveCategorySchema, args.input);
  if (!isUuid(args.categoryId)) throw categoryNotFound();
  await db.transaction(async (tx) => {
    const rows = await tx
      .select({ id: categories.id, sortOrder: categories.sortOrder })
      .from(categories)
      .where(isNull(categories.deletedAt))
      .orderBy(asc(categories.sortOrder), asc(categories.name))
      .for('update');
    const index = rows.findIndex((r) => r.id === args.categoryId);
    if (index < 0) throw categoryNotFound();
    const target = direction === 'up' ? index - 1 : index + 1;
    if (target < 0 || target >= rows.length) return;
    [rows[index], rows[target]] = [rows[target]!, rows[index]!];
    for (const [i, r] of rows.entries()) {
      const sortOrder = (i + 1) * 10;
      if (r.sortOrder !== sortOrder) await tx.update(categories).set({ sortOrder }).where(eq(categories.id, r.id));
    }
    await recordAudit(tx, {
      actorId: args.actor.id,
      action: 'category.moved',
      entityType: 'category',
      entityId: args.categoryId,
      after: { direction },
      requestId: args.actor.requestId,
    });
    await invalidateCatalog({ categories: true }, { db: tx });
  });
}
