/** Cookie names, defined once: the session guards, the cart session and the page cache use them. */

/** Auth.js's session cookie; the `__Secure-` name is used over HTTPS. Also the key-derivation salt. */
export const SESSION_COOKIES = ['__Secure-authjs.session-token', 'authjs.session-token'] as const;

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
  '__Secure-authjs.callback-url',
];
