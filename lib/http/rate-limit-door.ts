import { getDb } from '@/db/client';
import { env } from '@/lib/env';
import { rateLimited } from '@/lib/errors';
import { consumeRateLimit } from '@/lib/rate-limit/consume-rate-limit';

/** Throws 429 RATE-LIMITED (with Retry-After) when `key` has used its `perMinute` budget; 0 = off. */
export async function enforceRateLimit(key: string, perMinute: number, windowSeconds = 60): Promise<void> {
  const result = await consumeRateLimit(getDb(), { key, limit: perMinute, windowSeconds });
  if (!result.allowed) throw rateLimited(result.retryAfterSeconds);
}

/**
 * The named budgets the doors share, so a server action and its route handler spend the same one.
 * `by: 'ip'` counts per client IP even for a signed-in caller; otherwise per user, or per IP for guests.
 */
export const RATE_LIMITS = {
  cart: { limit: () => env.RATE_LIMIT_CART_PER_MIN, windowSeconds: 60, by: 'user-or-ip' },
  checkout: { limit: () => env.RATE_LIMIT_CHECKOUT_PER_MIN, windowSeconds: 60, by: 'user-or-ip' },
  'sign-up': { limit: () => env.RATE_LIMIT_SIGN_UP_PER_HOUR, windowSeconds: 3_600, by: 'ip' },
} as const;

export type RateLimitName = keyof typeof RATE_LIMITS;

/** Spends one unit of the named budget of this caller (`<name>:<user id or IP>`). */
export async function enforceNamedRateLimit(
  name: RateLimitName,
  caller: { userId: string | null; ip: string },
): Promise<void> {
  const rule = RATE_LIMITS[name];
  const subject = rule.by === 'ip' ? caller.ip : (caller.userId ?? caller.ip);
  await enforceRateLimit(`${name}:${subject}`, rule.limit(), rule.windowSeconds);
}
