import { desc, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { users, variantPriceHistory } from '@/db/schema';

export type Prices = { priceCents: number; vipPriceCents: number | null };

/**
 * Appends one price-history row (#29) in the caller's transaction when the price or the VIP price
 * changed (or the variant is new: `before` null). Returns whether a row was written.
 */
export async function recordPriceChange(
  tx: Db,
  args: { variantId: string; before: Prices | null; after: Prices; changedBy: string | null },
): Promise<boolean> {
  const { before, after } = args;
  if (before && before.priceCents === after.priceCents && before.vipPriceCents === after.vipPriceCents) return false;
  await tx.insert(variantPriceHistory).values({
    variantId: args.variantId,
    oldPriceCents: before?.priceCents ?? null,
    newPriceCents: after.priceCents,
    oldVipPriceCents: before?.vipPriceCents ?? null,
    newVipPriceCents: after.vipPriceCents,
    changedBy: args.changedBy,
  });
  return true;
}

export type PriceHistoryEntry = {
  id: string;
  oldPriceCents: number | null;
  newPriceCents: number;
  oldVipPriceCents: number | null;
  newVipPriceCents: number | null;
  changedAt: Date;
  changedByName: string | null;
  changedByEmail: string | null;
};

/** Newest first. */
export async function listPriceHistory(
  db: Db,
  args: { variantId: string; limit?: number },
): Promise<PriceHistoryEntry[]> {
  return db
    .select({
      id: variantPriceHistory.id,
      oldPriceCents: variantPriceHistory.oldPriceCents,
      newPriceCents: variantPriceHistory.newPriceCents,
      oldVipPriceCents: variantPriceHistory.oldVipPriceCents,
      newVipPriceCents: variantPriceHistory.newVipPriceCents,
      changedAt: variantPriceHistory.changedAt,
      changedByName: users.name,
      changedByEmail: users.email,
    })
    .from(variantPriceHistory)
    .leftJoin(users, eq(users.id, variantPriceHistory.changedBy))
    .where(eq(variantPriceHistory.variantId, args.variantId))
    .orderBy(desc(variantPriceHistory.changedAt), desc(variantPriceHistory.id))
    .limit(args.limit ?? 100);
}

/**
 * The lowest regular price the variant had at any moment of the last 30 days: the prices set inside
 * the window, the price already in force when the window opened, and today's price. (The figure a
 * "before/now" promotion must quote.)
 */
export async function getLowestPriceLast30Days(db: Db, variantId: string): Promise<number | null> {
  const [row] = await db.execute<{ lowest: number | string | null }>(sql`
    SELECT MIN(price) AS lowest FROM (
      SELECT new_price_cents AS price FROM variant_price_history
       WHERE variant_id = ${variantId} AND changed_at >= now() - interval '30 days'
      UNION ALL
      (SELECT new_price_cents FROM variant_price_history
        WHERE variant_id = ${variantId} AND changed_at < now() - interval '30 days'
        ORDER BY changed_at DESC LIMIT 1)
      UNION ALL
      SELECT price_cents FROM product_variants WHERE id = ${variantId}
    ) prices`);
  return row?.lowest === null || row?.lowest === undefined ? null : Number(row.lowest);
}
