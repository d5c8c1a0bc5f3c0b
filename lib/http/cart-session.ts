import { cookies } from 'next/headers';
import { getDb } from '@/db/client';
import type { CurrentUser } from '@/lib/auth/guards';
import { hashGuestToken, newGuestToken, type CartOwner } from '@/lib/cart/cart-owner';
import { mergeGuestCart, type MergeNotice } from '@/lib/cart/merge-guest-cart';
import { env } from '@/lib/env';
import { logger } from '@/lib/logger';
import { CART_COOKIE } from './cookie-names';
import { writeShopperHint } from './shopper-hint';

export { CART_COOKIE };
const NOTICE_COOKIE = 'botica_cart_notice';
const THIRTY_DAYS = 30 * 24 * 60 * 60;

// Secure whenever the store is served over HTTPS (its public URL says so); plain http stays usable locally.
const cookieOptions = {
  httpOnly: true,
  sameSite: 'lax' as const,
  secure: env.APP_URL.startsWith('https://'),
  path: '/',
};

/** The cart owner for reads: the user, or the guest cookie's holder; null when there is no cart yet. */
export async function readCartOwner(user: CurrentUser | null): Promise<CartOwner | null> {
  if (user) return { userId: user.id };
  const token = (await cookies()).get(CART_COOKIE)?.value;
  return token ? { guestTokenHash: hashGuestToken(token) } : null;
}

/** The cart owner for writes: creates the guest cookie on a guest's first add. */
export async function writableCartOwner(user: CurrentUser | null): Promise<CartOwner> {
  const existing = await readCartOwner(user);
  if (existing) return existing;
  const token = newGuestToken();
  (await cookies()).set(CART_COOKIE, token, { ...cookieOptions, maxAge: THIRTY_DAYS });
  // The header's cart badge is an island: tell it there is a cart to ask about.
  await writeShopperHint('cart');
  return { guestTokenHash: hashGuestToken(token) };
}

/**
 * At sign-in: moves the guest cart into the user's cart and drops the cookie. The notices (capped
 * or dropped lines) ride in a short-lived cookie the cart UI shows once as toasts.
 */
export async function mergeGuestCartAtSignIn(user: { id: string; isVip: boolean }): Promise<void> {
  const jar = await cookies();
  const token = jar.get(CART_COOKIE)?.value;
  if (!token) return;
  try {
    const notices = await mergeGuestCart(getDb(), {
      userId: user.id,
      guestTokenHash: hashGuestToken(token),
      isVip: user.isVip,
    });
    jar.delete(CART_COOKIE);
    if (notices.length > 0)
      jar.set(NOTICE_COOKIE, JSON.stringify(notices.slice(0, 10)), { ...cookieOptions, httpOnly: false, maxAge: 300 });
    logger.info({ userId: user.id, notices: notices.length }, 'cart.merged_at_sign_in');
  } catch (error) {
    // A failed merge must not block signing in; the guest cart stays and merges on the next sign-in.
    logger.error({ userId: user.id, err: error instanceof Error ? error.message : String(error) }, 'cart.merge_failed');
  }
}

export function parseMergeNotices(raw: string | undefined): MergeNotice[] {
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter((n): n is MergeNotice => typeof n?.message === 'string') : [];
  } catch {
    return [];
  }
}

export const CART_NOTICE_COOKIE = NOTICE_COOKIE;
