import { enforceNamedRateLimit } from '@/lib/http/rate-limit-door';

/**
 * Review writes (post and edit) per shopper per hour, shared by the API and the product page's form
 * (which declares `rateLimit: 'reviews'`). Deleting is not limited: it never adds content for anyone to read.
 */
export async function enforceReviewRateLimit(userId: string): Promise<void> {
  await enforceNamedRateLimit('reviews', { userId, ip: '' });
}
