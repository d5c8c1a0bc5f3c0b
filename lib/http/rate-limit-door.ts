import { getDb } from '@/db/client';
import { rateLimited } from '@/lib/errors';
import { consumeRateLimit } from '@/lib/rate-limit/consume-rate-limit';

/** Throws 429 RATE-LIMITED (with Retry-After) when `key` has used its `perMinute` budget; 0 = off. */
export async function enforceRateLimit(key: string, perMinute: number, windowSeconds = 60): Promise<void> {
  const result = await consumeRateLimit(getDb(), { key, limit: perMinute, windowSeconds });
  if (!result.allowed) throw rateLimited(result.retryAfterSeconds);
}
