import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/guards';
import { apiRoute } from '@/lib/http/api-route';
import { subscribeToRestock, unsubscribeFromRestock } from '@/lib/notifications/restock-subscriptions';

/** "Avísame cuando vuelva": subscribe (idempotent) to an out-of-stock variant. */
export const PUT = apiRoute<{ id: string }>(async ({ params }) => {
  const user = await requireUser();
  return Response.json(await subscribeToRestock(getDb(), { userId: user.id, variantId: params.id }));
});

/** Stop waiting for the variant (idempotent). */
export const DELETE = apiRoute<{ id: string }>(async ({ params }) => {
  const user = await requireUser();
  return Response.json(await unsubscribeFromRestock(getDb(), { userId: user.id, variantId: params.id }));
});
