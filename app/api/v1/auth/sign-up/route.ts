import { getDb } from '@/db/client';
import { signUp } from '@/lib/auth/sign-up';
import { env } from '@/lib/env';
import { rateLimited } from '@/lib/errors';
import { apiRoute } from '@/lib/http/api-route';
import { clientIp } from '@/lib/http/client-ip';
import { consumeRateLimit } from '@/lib/rate-limit/consume-rate-limit';

export const POST = apiRoute(async ({ req, readJson, log }) => {
  const db = getDb();
  const limit = await consumeRateLimit(db, {
    key: `sign-up:${clientIp(req.headers)}`,
    limit: env.RATE_LIMIT_SIGN_UP_PER_HOUR,
    windowSeconds: 3600,
  });
  if (!limit.allowed) throw rateLimited(limit.retryAfterSeconds);
  const user = await signUp(db, await readJson());
  log.info({ userId: user.id }, 'auth.sign_up');
  return Response.json(user, { status: 201 });
});
