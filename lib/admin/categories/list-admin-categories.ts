import { and, asc, count, eq, isNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { categories, products } from '@/db/schema';
import { notFound } from '@/lib/errors';
import { isUuid } from '@/lib/validation';

export const categoryNotFound = () => notFound('No encontramos esa categoría.');

export type AdminCategory = Awaited<ReturnType<typeof listAdminCategories>>[number];

/** Categories with how many (not deleted) products each holds: the one query the list and the edit page share. */
function selectCategoriesWithCounts(db: Db) {
  return db
    .select({
      id: categories.id,
      slug: categories.slug,
      name: categories.name,
      description: categories.description,
      sortOrder: categories.sortOrder,
      isActive: categories.isActive,
      createdAt: categories.createdAt,
      productCount: count(products.id),
    })
    .from(categories)
    .leftJoin(products, and(eq(products.categoryId, categories.id), isNull(products.deletedAt)))
    .$dynamic();
}

/** Every category that is not deleted, in store order, with how many (not deleted) products it holds. */
export async function listAdminCategories(db: Db) {
  return selectCategoriesWithCounts(db)
    .where(isNull(categories.deletedAt))
    .groupBy(categories.id)
    .orderBy(asc(categories.sortOrder), asc(categories.name));
}

export async function getAdminCategory(db: Db, categoryId: string) {
  if (!isUuid(categoryId)) throw categoryNotFound();
  const [row] = await selectCategoriesWithCounts(db)
    .where(and(eq(categories.id, categoryId), isNull(categories.deletedAt)))
    .groupBy(categories.id);
  if (!row) throw categoryNotFound();
  return row;
}
