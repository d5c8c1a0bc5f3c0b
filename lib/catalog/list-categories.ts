import { asc, isNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { categories } from '@/db/schema';

export type CategorySummary = { id: string; slug: string; name: string; description: string; imageUrl: string | null };

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
    .where(isNull(categories.deletedAt))
    .orderBy(asc(categories.sortOrder), asc(categories.name));
}
