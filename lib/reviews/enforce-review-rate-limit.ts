import { getDb } from '@/db/client';
import { env } from '@/lib/env';
import { rateLimited } from '@/lib/errors';
import { consumeRateLimit, peekRateLimit } from '@/lib/rate-limit/consume-rate-limit';

const HOUR_SECONDS = 3_600;
const key = (userId: string) => `reviews:${userId}`;

/**
 * Review writes (post and edit) per shopper per hour, shared by the API and the product page's form.
 * Only writes that succeed count: a refused request (bad input, not found, already reviewed) adds
 * nothing for anyone to read, so ten 400s never lock a shopper out (issue #21 finding 8). The bucket
 * is checked before the write and charged after it; concurrent writes can pass the check together,
 * so the limit may be exceeded by the number of requests in flight at once.
 * Deleting is not limited: it never adds content for anyone to read.
 */
export async function withReviewRateLimit<T>(userId: string, write: () => Promise<T>): Promise<T> {
  const limit = env.RATE_LIMIT_REVIEWS_PER_HOUR;
  const state = await peekRateLimit(getDb(), { key: key(userId), limit });
  if (!state.allowed) throw rateLimited(state.retryAfterSeconds);
  const result = await write();
  await consumeRateLimit(getDb(), { key: key(userId), limit, windowSeconds: HOUR_SECONDS });
  return result;
}
