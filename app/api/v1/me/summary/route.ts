import { cookies } from 'next/headers';
import { getDb } from '@/db/client';
import { getSessionUserId } from '@/lib/auth/session-token';
import { hashGuestToken } from '@/lib/cart/cart-owner';
import { apiRoute } from '@/lib/http/api-route';
import { CART_COOKIE } from '@/lib/http/cookie-names';
import { getMeSummary } from '@/lib/me/get-me-summary';
import { writeShopperHint } from '@/lib/http/shopper-hint';

/**
 * What the page islands need in one call (header, hearts, VIP prices): the catalogue pages are the
 * same cached HTML for everyone, and this is the only personal request they make. Never cached.
 */
export const GET = apiRoute(async () => {
  const [userId, jar] = await Promise.all([getSessionUserId(), cookies()]);
  const guestToken = userId ? undefined : jar.get(CART_COOKIE)?.value;
  const summary = await getMeSummary(getDb(), {
    userId,
    guestTokenHash: guestToken ? hashGuestToken(guestToken) : null,
  });
  // Keep the islands' hint true to what the server knows (a session that ended, VIP granted or lapsed).
  await writeShopperHint(
    summary.user ? (summary.user.isVip ? 'vip' : 'member') : summary.cartItemCount > 0 ? 'cart' : null,
  );
  return Response.json(summary, { headers: { 'Cache-Control': 'private, no-store' } });
});
