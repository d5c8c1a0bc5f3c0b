import { asc, inArray, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { productVariants } from '@/db/schema';
import { unitPriceFor } from '@/lib/pricing/price-line';

export type WishlistVariant = {
  id: string;
  name: string;
  priceCents: number;
  isAvailable: boolean;
  minOrderQuantity: number;
};

export type WishlistItem = {
  productId: string;
  slug: string;
  name: string;
  imageUrl: string | null;
  imageAlt: string;
  addedAt: string;
  /** What this shopper pays today for the cheapest variant (VIP price for an active VIP). */
  priceCents: number;
  /** True when the variants have different prices ("Desde"). */
  isFromPrice: boolean;
  /** Lowest regular price today, compared with the one remembered when the product was saved. */
  regularPriceCents: number;
  priceCentsWhenAdded: number;
  isPriceDrop: boolean;
  priceDropCents: number;
  /** The latest price cut since it was saved, from the price history; null when the history has none. */
  priceDroppedAt: string | null;
  inStock: boolean;
  variants: WishlistVariant[];
};

type Row = {
  product_id: string;
  slug: string;
  name: string;
  image_url: string | null;
  image_alt: string | null;
  created_at: Date | string;
  price_cents_when_added: number;
  min_price_cents: number;
  price_dropped_at: Date | string | null;
};

// Far above any real wishlist; keeps one runaway account from producing an unbounded page.
const MAX_ITEMS = 500;

/**
 * The shopper's saved products, newest first, with today's price against the price when saved and
 * availability. Products that were deactivated or deleted (or whose category was) are left out
 * silently; their rows stay, so a product that comes back reappears.
 */
export async function listWishlist(db: Db, args: { userId: string; isVip: boolean }): Promise<WishlistItem[]> {
  const rows = await db.execute<Row>(sql`
    SELECT w.product_id, p.slug, p.name, w.created_at, w.price_cents_when_added, p.min_price_cents,
           img.url AS image_url, img.alt AS image_alt,
           (SELECT max(h.changed_at) FROM variant_price_history h JOIN product_variants v ON v.id = h.variant_id
             WHERE v.product_id = p.id AND h.changed_at >= w.created_at
               AND h.old_price_cents IS NOT NULL AND h.new_price_cents < h.old_price_cents) AS price_dropped_at
      FROM wishlist_items w
      JOIN products p ON p.id = w.product_id
      JOIN categories c ON c.id = p.category_id
      LEFT JOIN LATERAL (SELECT i.url, i.alt FROM product_images i WHERE i.product_id = p.id AND i.is_primary) img ON true
     WHERE w.user_id = ${args.userId} AND p.is_active AND p.deleted_at IS NULL AND c.deleted_at IS NULL
       AND p.min_price_cents IS NOT NULL
     ORDER BY w.created_at DESC, w.id DESC
     LIMIT ${MAX_ITEMS}`);
  if (rows.length === 0) return [];

  const variantRows = await db
    .select({
      id: productVariants.id,
      productId: productVariants.productId,
      name: productVariants.name,
      priceCents: productVariants.priceCents,
      vipPriceCents: productVariants.vipPriceCents,
      available: sql<number>`(${productVariants.stock} - ${productVariants.reservedStock})::int`,
      minOrderQuantity: productVariants.minOrderQuantity,
    })
    .from(productVariants)
    .where(
      inArray(
        productVariants.productId,
        rows.map((r) => r.product_id),
      ),
    )
    .orderBy(asc(productVariants.sortOrder), asc(productVariants.priceCents), asc(productVariants.id));

  return rows.map((row) => {
    const variants = variantRows
      .filter((v) => v.productId === row.product_id)
      .map((v) => ({
        id: v.id,
        name: v.name,
        priceCents: unitPriceFor(v, args.isVip),
        isAvailable: v.available >= v.minOrderQuantity,
        minOrderQuantity: v.minOrderQuantity,
      }));
    const prices = variants.map((v) => v.priceCents);
    const regularPriceCents = Number(row.min_price_cents);
    const priceCentsWhenAdded = Number(row.price_cents_when_added);
    const isPriceDrop = regularPriceCents < priceCentsWhenAdded;
    return {
      productId: row.product_id,
      slug: row.slug,
      name: row.name,
      imageUrl: row.image_url,
      imageAlt: row.image_alt || row.name,
      addedAt: new Date(row.created_at).toISOString(),
      priceCents: prices.length > 0 ? Math.min(...prices) : regularPriceCents,
      isFromPrice: new Set(prices).size > 1,
      regularPriceCents,
      priceCentsWhenAdded,
      isPriceDrop,
      priceDropCents: isPriceDrop ? priceCentsWhenAdded - regularPriceCents : 0,
      priceDroppedAt: isPriceDrop && row.price_dropped_at ? new Date(row.price_dropped_at).toISOString() : null,
      inStock: variants.some((v) => v.isAvailable),
      variants,
    };
  });
}
