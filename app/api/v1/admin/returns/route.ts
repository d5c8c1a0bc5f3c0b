import { z } from 'zod';
import { getDb } from '@/db/client';
import { requireRole } from '@/lib/auth/guards';
import { apiRoute } from '@/lib/http/api-route';
import { listReturns } from '@/lib/returns/list-returns';
import { parseInput } from '@/lib/validation';

const query = z.object({ status: z.enum(['REQUESTED', 'APPROVED', 'REJECTED', 'ALL']).default('REQUESTED') });

export const GET = apiRoute(async ({ req }) => {
  await requireRole('ADMIN', 'STAFF');
  const { status } = parseInput(query, Object.fromEntries(req.nextUrl.searchParams));
  return Response.json({ items: await listReturns(getDb(), { status }) });
});
