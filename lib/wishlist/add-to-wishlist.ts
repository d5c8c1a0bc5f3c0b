import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { isUuid } from '@/lib/validation';
import { wishlistProductNotFound } from './wishlist-errors';

export type WishlistAddResult = { productId: string; isNew: boolean; priceCentsWhenAdded: number; addedAt: string };

/**
 * Saves a listed product (idempotent: saving it again keeps the first date and price, so an earlier
 * price drop stays visible). The price remembered is the product's lowest regular variant price now.
 */
export async function addToWishlist(db: Db, args: { userId: string; productId: string }): Promise<WishlistAddResult> {
  if (!isUuid(args.productId)) throw wishlistProductNotFound();
  // One statement: the product must be listed and priced at the moment the row is written.
  const inserted = await db.execute<{ price_cents_when_added: number; created_at: Date | string }>(sql`
    INSERT INTO wishlist_items (user_id, product_id, price_cents_when_added)
    SELECT ${args.userId}, p.id, p.min_price_cents
      FROM products p JOIN categories c ON c.id = p.category_id
     WHERE p.id = ${args.productId} AND p.is_active AND p.deleted_at IS NULL AND c.deleted_at IS NULL
       AND p.min_price_cents IS NOT NULL
    ON CONFLICT (user_id, product_id) DO NOTHING
    RETURNING price_cents_when_added, created_at`);
  const row = inserted[0];
  if (row)
    return {
      productId: args.productId,
      isNew: true,
      priceCentsWhenAdded: Number(row.price_cents_when_added),
      addedAt: new Date(row.created_at).toISOString(),
    };

  // Nothing inserted: either it was already saved, or the product cannot be saved.
  const existing = await db.execute<{
    price_cents_when_added: number;
    created_at: Date | string;
    is_listed: boolean;
  }>(sql`
    SELECT w.price_cents_when_added, w.created_at, (p.is_active AND p.deleted_at IS NULL) AS is_listed
      FROM wishlist_items w JOIN products p ON p.id = w.product_id
     WHERE w.user_id = ${args.userId} AND w.product_id = ${args.productId}`);
  const saved = existing[0];
  if (!saved || !saved.is_listed) throw wishlistProductNotFound();
  return {
    productId: args.productId,
    isNew: false,
    priceCentsWhenAdded: Number(saved.price_cents_when_added),
    addedAt: new Date(saved.created_at).toISOString(),
  };
}
