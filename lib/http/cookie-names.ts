/** Cookie names, defined once: the session guards, the cart session and the page islands use them. */

/**
 * Auth.js's session cookie (lib/auth/auth.ts sets the names); the `__Host-` name is used over HTTPS,
 * so the browser refuses it unless Secure, host-only and Path=/ (no subdomain can plant or read it).
 * Also the key-derivation salt.
 */
export const SESSION_COOKIES = ['__Host-authjs.session-token', 'authjs.session-token'] as const;

/** Auth.js's callback-URL cookie, `__Host-` over HTTPS like the session's. */
export const CALLBACK_URL_COOKIES = ['__Host-authjs.callback-url', 'authjs.callback-url'] as const;

/** The session cookie's name for a site served at `appUrl`. */
export function sessionCookieName(appUrl: string): string {
  return new URL(appUrl).protocol === 'https:' ? SESSION_COOKIES[0] : SESSION_COOKIES[1];
}

/** The guest cart's token (lib/http/cart-session.ts). */
export const CART_COOKIE = 'botica_cart';

/**
 * A hint for the page islands, readable by scripts: `vip` or `member` for a signed-in shopper, `cart`
 * for a guest with a cart; absent for everyone else. It never decides anything on the server: the
 * cached pages are the same for everyone, and /api/v1/me/summary (which rewrites the hint) is the
 * truth. It only lets a visitor without it see final content at first paint with no request, and a
 * VIP's prices show as theirs before the summary arrives (app/layout.tsx, components/providers/shopper.ts).
 */
export const SHOPPER_HINT_COOKIE = 'botica_shopper';
