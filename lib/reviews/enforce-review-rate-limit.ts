import { env } from '@/lib/env';
import { enforceRateLimit } from '@/lib/http/rate-limit-door';

const HOUR_SECONDS = 3_600;

/**
 * Review writes (post and edit) per shopper per hour, shared by the API and the product page's form.
 * Deleting is not limited: it never adds content for anyone to read.
 */
export async function enforceReviewRateLimit(userId: string): Promise<void> {
  await enforceRateLimit(`reviews:${userId}`, env.RATE_LIMIT_REVIEWS_PER_HOUR, HOUR_SECONDS);
}
