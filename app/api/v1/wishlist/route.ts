import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/guards';
import { apiRoute } from '@/lib/http/api-route';
import { listWishlist } from '@/lib/wishlist/list-wishlist';

/** The shopper's saved products with today's price (VIP-aware) against the price when saved. */
export const GET = apiRoute(async () => {
  const user = await requireUser();
  return Response.json({ items: await listWishlist(getDb(), { userId: user.id, isVip: user.isVip }) });
});
