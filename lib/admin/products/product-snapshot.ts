import type { products } from '@/db/schema';
import { PG, pgConstraint, pgErrorCode } from '@/lib/db/pg-error';
import { validationError } from '@/lib/errors';

type ProductRow = typeof products.$inferSelect;

/** What the audit log keeps of a product: the editable fields, not the search vector or rating caches. */
export function productSnapshot(p: ProductRow) {
  return {
    slug: p.slug,
    name: p.name,
    description: p.description,
    benefits: p.benefits,
    howToUse: p.howToUse,
    whatIsIncluded: p.whatIsIncluded,
    categoryId: p.categoryId,
    preparationDays: p.preparationDays,
    isActive: p.isActive,
    isFeatured: p.isFeatured,
    deletedAt: p.deletedAt,
  };
}

/** Two admins naming products alike at the same moment: the slug's unique key decides, as a field message. */
export function mapProductSlugViolation(error: unknown): unknown {
  if (pgErrorCode(error) === PG.uniqueViolation && pgConstraint(error) === 'products_slug_key') {
    return validationError({ slug: 'Ya hay un producto con esa dirección. Intenta de nuevo o elige otra.' });
  }
  return error;
}
