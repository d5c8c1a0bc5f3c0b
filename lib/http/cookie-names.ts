/** Cookie names, defined once: the session guards, the cart session and the page cache use them. */

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
 * Cookies an anonymous visitor may carry that never change a page's HTML (Auth.js's CSRF and
 * callback-URL cookies, set by the sign-in page). The page cache (lib/http/page-cache.ts) serves and
 * stores only requests whose cookies are all on this list: anything else — a session, a guest cart,
 * a cart notice, a cookie added later — makes the render personal, or might.
 */
export const HARMLESS_COOKIES: readonly string[] = [
  'authjs.csrf-token',
  '__Host-authjs.csrf-token',
  'authjs.callback-url',
  '__Host-authjs.callback-url',
];
