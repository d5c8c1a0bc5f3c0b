import { z } from 'zod';
import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/guards';
import { apiRoute } from '@/lib/http/api-route';
import { listOrdersForUser } from '@/lib/orders/get-order';
import { parseInput } from '@/lib/validation';
import { queryInt } from '@/lib/validation/primitives';

const querySchema = z.object({
  page: queryInt({ min: 1, max: 10_000, message: 'page va de 1 a 10000.' }).default(1),
  pageSize: queryInt({ min: 1, max: 100, message: 'pageSize va de 1 a 100.' }).default(20),
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
