import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/guards';
import { apiRoute } from '@/lib/http/api-route';
import { addToWishlist } from '@/lib/wishlist/add-to-wishlist';
import { removeFromWishlist } from '@/lib/wishlist/remove-from-wishlist';

/** Idempotent save: 201 the first time, 200 when it was already there (first date and price kept). */
export const PUT = apiRoute<{ productId: string }>(async ({ params, log }) => {
  const user = await requireUser();
  const saved = await addToWishlist(getDb(), { userId: user.id, productId: params.productId });
  if (saved.isNew) log.info({ productId: saved.productId, userId: user.id }, 'wishlist.added');
  return Response.json(saved, { status: saved.isNew ? 201 : 200 });
});

/** Idempotent: 204 whether or not it was saved, so a double tap is never an error. */
export const DELETE = apiRoute<{ productId: string }>(async ({ params, log }) => {
  const user = await requireUser();
  const { removed } = await removeFromWishlist(getDb(), { userId: user.id, productId: params.productId });
  if (removed) log.info({ productId: params.productId, userId: user.id }, 'wishlist.removed');
  return new Response(null, { status: 204 });
});
