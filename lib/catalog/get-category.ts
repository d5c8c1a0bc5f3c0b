import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { categories } from '@/db/schema';
import type { CategorySummary } from './list-categories';

/** A category that is not deleted nor hidden, or null. */
export async function getCategoryBySlug(db: Db, slug: string): Promise<CategorySummary | null> {
  const [category] = await db
    .select({
      id: categories.id,
      slug: categories.slug,
      name: categories.name,
      description: categories.description,
      imageUrl: categories.imageUrl,
    })
    .from(categories)
    .where(and(eq(categories.slug, slug), isNull(categories.deletedAt), eq(categories.isActive, true)))
    .limit(1);
  return category ?? null;
}
