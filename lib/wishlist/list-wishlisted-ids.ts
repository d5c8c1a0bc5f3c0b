import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { wishlistItems } from '@/db/schema';

/**
 * Which of these products the shopper has saved: one query for a whole page of cards, so every
 * heart is right on first render. Without `productIds`, all of them.
 */
export async function listWishlistedProductIds(
  db: Db,
  args: { userId: string; productIds?: readonly string[] },
): Promise<Set<string>> {
  if (args.productIds && args.productIds.length === 0) return new Set();
  const rows = await db
    .select({ productId: wishlistItems.productId })
    .from(wishlistItems)
    .where(
      and(
        eq(wishlistItems.userId, args.userId),
        args.productIds ? inArray(wishlistItems.productId, [...args.productIds]) : undefined,
      ),
    );
  return new Set(rows.map((r) => r.productId));
}
