import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/guards';
import { apiRoute } from '@/lib/http/api-route';
import { getPreferences, savePreferences } from '@/lib/notifications/preferences';

const privateHeaders = { 'Cache-Control': 'private, no-store' };

export const GET = apiRoute(async () => {
  const user = await requireUser();
  return Response.json(await getPreferences(getDb(), user.id), { headers: privateHeaders });
});

/** The whole set: `{ email: { restock, priceDrops, lowCreditReminders }, quietHours?: { start, end } | null }`. */
export const PUT = apiRoute(async ({ readJson }) => {
  const user = await requireUser();
  return Response.json(await savePreferences(getDb(), { userId: user.id, input: await readJson() }), {
    headers: privateHeaders,
  });
});
