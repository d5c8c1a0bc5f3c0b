import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';

/**
 * "Compra verificada": the author has an order that reached DELIVERED and contains the product. An
 * order refunded or returned after delivery still counts (the shopper did receive and use it), so
 * the test is "was ever delivered" (delivered_at, or a DELIVERED row in the status history for
 * orders moved without the timestamp), never the current status.
 */
export function verifiedPurchaseSql(userId: SQL | string, productId: SQL | string): SQL<boolean> {
  return sql<boolean>`EXISTS (
    SELECT 1 FROM order_items vp_oi
      JOIN orders vp_o ON vp_o.id = vp_oi.order_id
     WHERE vp_oi.product_id = ${productId} AND vp_o.user_id = ${userId}
       AND (vp_o.delivered_at IS NOT NULL
            OR EXISTS (SELECT 1 FROM order_status_history vp_h WHERE vp_h.order_id = vp_o.id AND vp_h.to_status = 'DELIVERED')))`;
}

export async function hasVerifiedPurchase(db: Db, args: { userId: string; productId: string }): Promise<boolean> {
  const rows = await db.execute<{ verified: boolean }>(
    sql`SELECT ${verifiedPurchaseSql(args.userId, args.productId)} AS verified`,
  );
  return rows[0]?.verified === true;
}
