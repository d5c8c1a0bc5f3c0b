import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/guards';
import { getCreditStatement } from '@/lib/credit/credit-ledger';
import { listExpiringCredit } from '@/lib/credit/credit-lots';
import { apiRoute } from '@/lib/http/api-route';

export const GET = apiRoute(async () => {
  const user = await requireUser();
  const statement = await getCreditStatement(getDb(), { userId: user.id });
  return Response.json({
    balanceCents: statement.balanceCents,
    entries: statement.entries.map((e) => ({ ...e, createdAt: e.createdAt.toISOString() })),
    expiring: await listExpiringCredit(getDb(), user.id),
  });
});
