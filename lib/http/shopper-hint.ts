import { cookies } from 'next/headers';
import { env } from '@/lib/env';
import { SHOPPER_HINT_COOKIE } from './cookie-names';

export type ShopperHint = 'vip' | 'member' | 'cart';

const THIRTY_DAYS = 30 * 24 * 60 * 60;

/**
 * Writes (or, with null, deletes) the islands' hint cookie (see cookie-names.ts). Not HttpOnly on
 * purpose: the page reads it before it paints. It carries no identity, only which presentation to
 * start with; a forged value changes nothing but that first presentation of the visitor's own page.
 */
export async function writeShopperHint(hint: ShopperHint | null): Promise<void> {
  const jar = await cookies();
  if (hint === null) {
    if (jar.has(SHOPPER_HINT_COOKIE)) jar.delete(SHOPPER_HINT_COOKIE);
    return;
  }
  if (jar.get(SHOPPER_HINT_COOKIE)?.value === hint) return;
  jar.set(SHOPPER_HINT_COOKIE, hint, {
    httpOnly: false,
    sameSite: 'lax',
    secure: env.APP_URL.startsWith('https://'),
    path: '/',
    maxAge: THIRTY_DAYS,
  });
}
