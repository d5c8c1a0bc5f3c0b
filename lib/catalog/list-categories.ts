import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { categories } from '@/db/schema';

export type CategorySummary = { id: string; slug: string; name: string; description: string; imageUrl: string | null };

/** The store's visible categories (not deleted, not hidden by an admin), in the admin's order. */
export async function listCategories(db: Db): Promise<CategorySummary[]> {
  return db
    .select({
      id: categories.id,
      slug: categories.slug,
      name: categories.name,
      description: categories.description,
      imageUrl: categories.imageUrl,
    })
    .from(categories)
    .where(and(isNull(categories.deletedAt), eq(categories.isActive, true)))
    .orderBy(asc(categories.sortOrder), asc(categories.name));
}
