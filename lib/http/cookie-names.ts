/**
 * Cookies that make a page personal, named once: the session guards read them, and the page cache
 * (lib/http/page-cache.ts) never serves or stores a request that carries one.
 */

/** Auth.js's session cookie; the `__Secure-` name is used over HTTPS. Also the key-derivation salt. */
export const SESSION_COOKIES = ['__Secure-authjs.session-token', 'authjs.session-token'] as const;

/** The guest cart's token (lib/http/cart-session.ts). */
export const CART_COOKIE = 'botica_cart';
