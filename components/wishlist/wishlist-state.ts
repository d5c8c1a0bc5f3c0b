import { cache } from 'react';
import { getDb } from '@/db/client';
import { getCurrentUser } from '@/lib/auth/guards';
import { listWishlistedProductIds } from '@/lib/wishlist/list-wishlisted-ids';

/**
 * Per-request memos for the hearts: a page of 24 cards asks once for the shopper and once for their
 * saved products, not 24 times each.
 */
export const currentShopper = cache(getCurrentUser);

export const savedProductIds = cache(async (userId: string): Promise<ReadonlySet<string>> =>
  listWishlistedProductIds(getDb(), { userId }),
);
