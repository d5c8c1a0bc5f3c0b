import { cookies } from 'next/headers';
import type { Db } from '@/db/client';
import { getSessionUserId } from '@/lib/auth/session-token';
import { hashGuestToken } from '@/lib/cart/cart-owner';
import { CART_COOKIE } from '@/lib/http/cookie-names';
import { writeShopperHint } from '@/lib/http/shopper-hint';
import { getMeSummary, type MeSummary } from './get-me-summary';
import { shopperHintFor } from './shopper-hint-for';

/**
 * The summary for the request's visitor — the signed-in user, or the guest cart of the cart cookie —
 * and the hint cookie brought in line with it (a session that ended, VIP granted or lapsed, a cart
 * emptied), so the next cached page starts with the right presentation. For route handlers and
 * server actions (a page render cannot set cookies).
 */
export async function readRequestMeSummary(db: Db): Promise<MeSummary> {
  const [userId, jar] = await Promise.all([getSessionUserId(), cookies()]);
  const guestToken = userId ? undefined : jar.get(CART_COOKIE)?.value;
  const summary = await getMeSummary(db, {
    userId,
    guestTokenHash: guestToken ? hashGuestToken(guestToken) : null,
  });
  await writeShopperHint(shopperHintFor(summary));
  return summary;
}
