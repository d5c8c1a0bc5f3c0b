import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import type { NamedRef, ProductSummary } from './types';

type SummaryRow = {
  id: string;
  slug: string;
  name: string;
  category_slug: string;
  category_name: string;
  tags: NamedRef[] | null;
  price_cents: number;
  vip_price_cents: number | null;
  in_stock: boolean;
  variant_count: number;
  rating_average: string | number;
  rating_count: number;
  image_url: string | null;
  image_alt: string | null;
};

/**
 * Card data for the given products, in the order of `ids`. Listed products only: an id that is
 * inactive, deleted, in a deleted category or without variants is silently left out, so a caller can
 * pass ids from anywhere (curated related products, best sellers) without leaking hidden products.
 */
export async function loadProductSummaries(db: Db, ids: readonly string[]): Promise<ProductSummary[]> {
  if (ids.length === 0) return [];
  const rows = await db.execute<SummaryRow>(productSummariesSql(ids));
  const byId = new Map(rows.map((row) => [row.id, toSummary(row)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The card query for `ids` (exported so tests can EXPLAIN it). */
export function productSummariesSql(ids: readonly string[]) {
  return sql`
    SELECT p.id, p.slug, p.name, c.slug AS category_slug, c.name AS category_name,
           tg.tags, v.price_cents, v.vip_price_cents, v.in_stock, v.variant_count,
           p.rating_average, p.rating_count, img.url AS image_url, img.alt AS image_alt
      FROM products p
      JOIN categories c ON c.id = p.category_id AND c.deleted_at IS NULL
      CROSS JOIN LATERAL (
        SELECT min(pv.price_cents)::int AS price_cents,
               min(COALESCE(pv.vip_price_cents, pv.price_cents))::int AS vip_price_cents,
               bool_or(pv.stock > pv.reserved_stock) AS in_stock,
               count(*)::int AS variant_count
          FROM product_variants pv
         WHERE pv.product_id = p.id
      ) v
      LEFT JOIN LATERAL (
        SELECT pi.url, pi.alt FROM product_images pi WHERE pi.product_id = p.id AND pi.is_primary
      ) img ON true
      LEFT JOIN LATERAL (
        SELECT json_agg(json_build_object('slug', t.slug, 'name', t.name) ORDER BY t.name) AS tags
          FROM product_tags pt JOIN tags t ON t.id = pt.tag_id
         WHERE pt.product_id = p.id
      ) tg ON true
     WHERE p.id = ANY(${toUuidArray(ids)})
       AND p.is_active AND p.deleted_at IS NULL
       AND v.variant_count > 0`;
}

/** A uuid[] parameter. Ids that are not UUIDs never match, so they cannot make the cast fail. */
export function toUuidArray(ids: readonly string[]) {
  const valid = ids.filter((id) => UUID.test(id));
  return sql`${`{${valid.join(',')}}`}::uuid[]`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function toSummary(row: SummaryRow): ProductSummary {
  const vip = row.vip_price_cents;
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    category: { slug: row.category_slug, name: row.category_name },
    tags: row.tags ?? [],
    priceCents: row.price_cents,
    vipPriceCents: vip !== null && vip < row.price_cents ? vip : null,
    inStock: row.in_stock,
    rating: { average: Number(row.rating_average), count: row.rating_count },
    imageUrl: row.image_url,
    imageAlt: row.image_alt || row.name,
    variantCount: row.variant_count,
  };
}
