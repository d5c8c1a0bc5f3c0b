import { cookies } from 'next/headers';
import type { CurrentUser } from '@/lib/auth/guards';
import { cartViewFor } from '@/lib/http/cart-door';
import { CART_NOTICE_COOKIE, parseMergeNotices, readCartOwner } from '@/lib/http/cart-session';
import { MergeNoticeToaster } from './merge-notice-toaster';
import { MiniCart } from './mini-cart';

/** The header's cart: the shopper's current cart for the drawer, and any notices left by a sign-in merge. */
export async function CartMenu({ user }: { user: CurrentUser | null }) {
  const [owner, jar] = await Promise.all([readCartOwner(user), cookies()]);
  const cart = await cartViewFor(owner, user?.isVip ?? false);
  const notices = parseMergeNotices(jar.get(CART_NOTICE_COOKIE)?.value);
  return (
    <>
      <MiniCart cart={cart} />
      {notices.length > 0 ? <MergeNoticeToaster notices={notices} cookieName={CART_NOTICE_COOKIE} /> : null}
    </>
  );
}
