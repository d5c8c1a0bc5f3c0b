import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { notFound } from '@/lib/errors';

/**
 * Takes the product's row lock. Every write that can change a product's visible reviews takes it
 * first, so concurrent writers (two shoppers reviewing, a moderator hiding) run one after the other
 * and each recomputes the rating from a state no one else is changing. With `listedOnly` a product a
 * shopper cannot see (inactive, deleted) is 404, as on its page.
 */
export async function lockProductForReviews(tx: Db, args: { productId: string; listedOnly: boolean }): Promise<void> {
  const rows = await tx.execute<{ id: string }>(sql`
    SELECT id FROM products
     WHERE id = ${args.productId}
       ${args.listedOnly ? sql`AND is_active AND deleted_at IS NULL` : sql``}
     FOR UPDATE`);
  if (rows.length === 0) throw notFound('No encontramos ese producto.');
}

/**
 * Recomputes `rating_average` (2 decimals, 0 without reviews) and `rating_count` from the visible
 * reviews. Call inside the writer's transaction, after its change and while holding the lock above:
 * a recount rather than an increment, so the stored figures can never drift from the reviews.
 */
export async function refreshProductRating(tx: Db, productId: string): Promise<{ average: number; count: number }> {
  const rows = await tx.execute<{ rating_average: string; rating_count: number }>(sql`
    UPDATE products p
       SET rating_average = s.average, rating_count = s.count
      FROM (SELECT COALESCE(ROUND(AVG(rating)::numeric, 2), 0) AS average, COUNT(*)::int AS count
              FROM reviews WHERE product_id = ${productId} AND is_visible) s
     WHERE p.id = ${productId}
 RETURNING p.rating_average, p.rating_count`);
  const row = rows[0];
  return { average: Number(row?.rating_average ?? 0), count: Number(row?.rating_count ?? 0) };
}
