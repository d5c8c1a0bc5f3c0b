import { z } from 'zod';
import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/guards';
import { apiRoute } from '@/lib/http/api-route';
import { listOrdersForUser } from '@/lib/orders/get-order';
import { parseInput } from '@/lib/validation';

const querySchema = z.object({
  page: z.coerce.number().int().min(1, { error: 'page debe ser 1 o más.' }).default(1),
  pageSize: z.coerce.number().int().min(1).max(100, { error: 'pageSize va de 1 a 100.' }).default(20),
});

export const GET = apiRoute(async ({ req }) => {
  const user = await requireUser();
  const query = parseInput(querySchema, Object.fromEntries(req.nextUrl.searchParams));
  const result = await listOrdersForUser(getDb(), { userId: user.id, ...query });
  return Response.json({
    ...result,
    items: result.items.map((o) => ({
      ...o,
      createdAt: o.createdAt.toISOString(),
      reservationExpiresAt: o.reservationExpiresAt?.toISOString() ?? null,
    })),
  });
});
