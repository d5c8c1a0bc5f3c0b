import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/guards';
import { apiRoute } from '@/lib/http/api-route';
import {
  getRestockSubscription,
  subscribeToRestock,
  unsubscribeFromRestock,
} from '@/lib/notifications/restock-subscriptions';

/** Whether the shopper waits for the variant: the product page's island asks (the page is cached HTML). */
export const GET = apiRoute<{ id: string }>(async ({ params }) => {
  const user = await requireUser();
  return Response.json(await getRestockSubscription(getDb(), { userId: user.id, variantId: params.id }), {
    headers: { 'Cache-Control': 'private, no-store' },
  });
});

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
