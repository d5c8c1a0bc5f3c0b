import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { loadProductSummaries, toUuidArray } from './load-product-summaries';
import type { ProductSummary } from './types';

export const RELATED_LIMIT = 4;

/**
 * Related products (#33): the admin's curated list first, in its order, then filled with products
 * that share the most tags with this one, preferring the same category, then the best rated and
 * newest. Hidden products never appear, curated or not.
 */
export async function listRelatedProducts(
  db: Db,
  args: { productId: string; categoryId: string; limit?: number },
): Promise<ProductSummary[]> {
  const limit = args.limit ?? RELATED_LIMIT;
  const curatedRows = await db.execute<{ id: string }>(sql`
    SELECT rp.related_product_id AS id
      FROM related_products rp
      JOIN products p ON p.id = rp.related_product_id
     WHERE rp.product_id = ${args.productId} AND p.is_active AND p.deleted_at IS NULL AND p.min_price_cents IS NOT NULL
     ORDER BY rp.sort_order, rp.related_product_id
     LIMIT ${limit}`);
  const curated = await loadProductSummaries(
    db,
    curatedRows.map((r) => r.id),
  );
  const missing = limit - curated.length;
  if (missing <= 0) return curated;

  const exclude = [args.productId, ...curated.map((p) => p.id)];
  const fillRows = await db.execute<{ id: string }>(sql`
    WITH own_tags AS (SELECT tag_id FROM product_tags WHERE product_id = ${args.productId})
    SELECT p.id
      FROM products p
      JOIN categories c ON c.id = p.category_id AND c.deleted_at IS NULL
      CROSS JOIN LATERAL (
        SELECT count(*)::int AS shared FROM product_tags pt WHERE pt.product_id = p.id AND pt.tag_id IN (SELECT tag_id FROM own_tags)
      ) s
     WHERE p.is_active AND p.deleted_at IS NULL AND p.min_price_cents IS NOT NULL
       AND p.id <> ALL(${toUuidArray(exclude)})
       AND (p.category_id = ${args.categoryId} OR s.shared > 0)
     ORDER BY s.shared DESC, (p.category_id = ${args.categoryId}) DESC, p.rating_average DESC, p.created_at DESC, p.id
     LIMIT ${missing}`);
  const fill = await loadProductSummaries(
    db,
    fillRows.map((r) => r.id),
  );
  return [...curated, ...fill];
}
