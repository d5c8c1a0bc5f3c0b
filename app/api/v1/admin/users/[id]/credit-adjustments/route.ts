import { getDb } from '@/db/client';
import { requireArea } from '@/lib/admin/shared/access';
import { adjustCredit } from '@/lib/admin/users/adjust-credit';
import { env } from '@/lib/env';
import { apiRoute } from '@/lib/http/api-route';
import { enforceRateLimit } from '@/lib/http/rate-limit-door';

/** `{ amountCents, reason }` → 201 `{ balanceCents }`. ADMIN only, rate-limited per admin. */
export const POST = apiRoute<{ id: string }>(async ({ params, readJson, requestId }) => {
  const admin = await requireArea('users');
  await enforceRateLimit(`credit-adjust:${admin.id}`, env.RATE_LIMIT_CREDIT_ADJUSTMENTS_PER_HOUR, 3600);
  const result = await adjustCredit(getDb(), {
    userId: params.id,
    input: await readJson(),
    actor: { id: admin.id, requestId },
  });
  return Response.json(result, { status: 201 });
});
