import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { wishlistItems } from '@/db/schema';
import { isUuid } from '@/lib/validation';

/** Idempotent: removing what is not there is not an error (a double tap, a second tab). */
export async function removeFromWishlist(
  db: Db,
  args: { userId: string; productId: string },
): Promise<{ removed: boolean }> {
  if (!isUuid(args.productId)) return { removed: false };
  const rows = await db
    .delete(wishlistItems)
    .where(and(eq(wishlistItems.userId, args.userId), eq(wishlistItems.productId, args.productId)))
    .returning({ id: wishlistItems.id });
  return { removed: rows.length > 0 };
}
