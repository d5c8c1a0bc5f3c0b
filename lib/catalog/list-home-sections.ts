import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { loadProductSummaries, toUuidArray } from './load-product-summaries';
import type { ProductSummary } from './types';

export const HOME_SECTION_SIZE = 8;
/** Orders in these states were paid for; cancelled and unpaid ones say nothing about what sells. */
const SOLD_STATUSES = sql`('PAID', 'PREPARING', 'SHIPPED', 'DELIVERED')`;
const BEST_SELLING_WINDOW_DAYS = 90;

export type HomeSections = { featured: ProductSummary[]; newest: ProductSummary[]; bestSelling: ProductSummary[] };

const LISTED = sql`p.is_active AND p.deleted_at IS NULL AND p.min_price_cents IS NOT NULL
  AND EXISTS (SELECT 1 FROM categories c WHERE c.id = p.category_id AND c.deleted_at IS NULL)`;

/** The home page's product rows: featured, newest and best selling. */
export async function listHomeSections(db: Db, size = HOME_SECTION_SIZE): Promise<HomeSections> {
  const [featured, newest] = await Promise.all([
    idsToSummaries(
      db,
      sql`SELECT p.id FROM products p WHERE ${LISTED} AND p.is_featured ORDER BY p.created_at DESC, p.id DESC LIMIT ${size}`,
    ),
    idsToSummaries(
      db,
      sql`SELECT p.id FROM products p WHERE ${LISTED} ORDER BY p.created_at DESC, p.id DESC LIMIT ${size}`,
    ),
  ]);
  const bestSelling = await listBestSelling(db, size, { fillExcluding: [...featured, ...newest].map((p) => p.id) });
  return { featured, newest, bestSelling };
}

/**
 * Units sold (minus returned) in paid orders over the last 90 days. While there are not enough sales
 * (a new store), the row is filled — placeholder until orders exist — with the best-rated products,
 * then the longest-listed ones, skipping `fillExcluding` (what the home page already shows), so the
 * row is never empty and does not repeat "Destacados" or "Novedades".
 */
export async function listBestSelling(
  db: Db,
  size = HOME_SECTION_SIZE,
  options: { fillExcluding?: string[] } = {},
): Promise<ProductSummary[]> {
  const sold = await db.execute<{ id: string }>(sql`
    SELECT oi.product_id AS id
      FROM order_items oi
      JOIN orders o ON o.id = oi.order_id
      JOIN products p ON p.id = oi.product_id
     WHERE o.status IN ${SOLD_STATUSES}
       AND o.created_at >= now() - make_interval(days => ${BEST_SELLING_WINDOW_DAYS})
       AND ${LISTED}
     GROUP BY oi.product_id
     ORDER BY sum(oi.quantity - oi.quantity_returned) DESC, oi.product_id
     LIMIT ${size}`);
  const ids = sold.map((r) => r.id);
  if (ids.length < size) {
    const fill = await db.execute<{ id: string }>(sql`
      SELECT p.id FROM products p
       WHERE ${LISTED} AND p.id <> ALL(${toUuidArray([...ids, ...(options.fillExcluding ?? [])])})
       ORDER BY p.rating_average DESC, p.rating_count DESC, p.created_at ASC, p.id
       LIMIT ${size - ids.length}`);
    ids.push(...fill.map((r) => r.id));
  }
  return loadProductSummaries(db, ids);
}

async function idsToSummaries(db: Db, query: ReturnType<typeof sql>): Promise<ProductSummary[]> {
  const rows = await db.execute<{ id: string }>(query);
  return loadProductSummaries(
    db,
    rows.map((r) => r.id),
  );
}
