import type { Db } from '@/db/client';
import { env } from '@/lib/env';
import { rateLimited } from '@/lib/errors';
import { clientIp } from '@/lib/http/client-ip';
import { consumeRateLimit, type RateLimitResult } from '@/lib/rate-limit/consume-rate-limit';

export const PUBLIC_API_WINDOW_SECONDS = 60;

/**
 * The public catalogue API's per-IP limit (#19): `RATE_LIMIT_API_PER_MIN` requests a minute (0 = off),
 * counted in PostgreSQL so every app instance shares the same budget. Over the limit → 429
 * RATE-LIMITED with Retry-After (set by `apiRoute` from the error). Pages never call this.
 */
export async function enforcePublicApiRateLimit(
  db: Db,
  args: { headers: Headers; limit?: number },
): Promise<RateLimitResult & { limit: number }> {
  const limit = args.limit ?? env.RATE_LIMIT_API_PER_MIN;
  const result = await consumeRateLimit(db, {
    key: `api:${clientIp(args.headers)}`,
    limit,
    windowSeconds: PUBLIC_API_WINDOW_SECONDS,
  });
  if (!result.allowed) throw rateLimited(result.retryAfterSeconds);
  return { ...result, limit };
}

/** `RateLimit-*` headers for an allowed response (nothing when the limit is off). */
export function rateLimitHeaders(result: RateLimitResult & { limit: number }): Record<string, string> {
  if (result.limit <= 0) return {};
  return { 'RateLimit-Limit': String(result.limit), 'RateLimit-Remaining': String(result.remaining) };
}
