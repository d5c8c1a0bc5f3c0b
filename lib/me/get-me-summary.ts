import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { isVipActive } from '@/lib/auth/vip';
import type { Role } from '@/lib/auth/guards';

export type MeSummary = {
  user: { name: string; isVip: boolean; role: Role } | null;
  cartItemCount: number;
  wishlistProductIds: string[];
  unreadNotifications: number;
};

type Row = {
  name: string | null;
  role: Role | null;
  vip_until: string | null;
  cart_item_count: number;
  wishlist_product_ids: string[];
  unread_notifications: number;
};

/**
 * What the page islands show (header, hearts, VIP prices), in one round trip: the shopper (or none),
 * the units in their cart — the user's, or the guest cart of the cookie — their saved products and
 * unread notifications. A session whose user no longer exists counts as signed out.
 */
export async function getMeSummary(
  db: Db,
  who: { userId: string | null; guestTokenHash: string | null },
): Promise<MeSummary> {
  const userId = who.userId;
  const rows = (await db.execute(sql`
    WITH u AS (SELECT id, name, role, vip_until FROM users WHERE id = ${userId}::uuid)
    SELECT
      (SELECT name FROM u) AS name,
      (SELECT role FROM u) AS role,
      (SELECT vip_until::text FROM u) AS vip_until,
      COALESCE((
        SELECT SUM(ci.quantity) FROM cart_items ci JOIN carts c ON c.id = ci.cart_id
        WHERE (EXISTS (SELECT 1 FROM u) AND c.user_id = (SELECT id FROM u))
           OR (${userId}::uuid IS NULL AND c.guest_token_hash = ${who.guestTokenHash})
      ), 0)::int AS cart_item_count,
      COALESCE((SELECT array_agg(w.product_id::text) FROM wishlist_items w WHERE w.user_id = (SELECT id FROM u)),
        '{}') AS wishlist_product_ids,
      (SELECT COUNT(*) FROM notifications n WHERE n.user_id = (SELECT id FROM u) AND n.read_at IS NULL)::int
        AS unread_notifications
  `)) as unknown as Row[];
  const row = rows[0]!;
  const signedIn = row.name !== null && row.role !== null;
  return {
    user: signedIn ? { name: row.name!, role: row.role!, isVip: isVipActive(row.vip_until) } : null,
    cartItemCount: row.cart_item_count,
    wishlistProductIds: signedIn ? row.wishlist_product_ids : [],
    unreadNotifications: signedIn ? row.unread_notifications : 0,
  };
}
