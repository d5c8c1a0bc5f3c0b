// @ts-check
/**
 * The security headers of every response (pages, API, uploads), used by next.config.js `headers()`.
 * Plain JavaScript so next.config.js can import it; lib/http/security-headers.test.ts checks it.
 *
 * Next.js computes these when `next build` runs (they land in the routes manifest), so APP_URL and
 * WOMPI_CHECKOUT_URL must be the production values at build time (docs/security.md).
 *
 * script-src keeps 'unsafe-inline', deliberately: the App Router streams its data as inline
 * `<script>self.__next_f.push(…)</script>` tags, and nonces (the only way to allow them without
 * 'unsafe-inline') require rendering every page per request — which the catalogue's static and
 * cached pages (and the page cache in scripts/serve.ts) exist to avoid. Hashes cannot be listed either:
 * the inline data differs per page. So scripts may come only from this origin ('self', no eval in
 * production, no third-party script host), and everything a script could use to escalate is closed:
 * no plugins (object-src), no <base> rewriting (base-uri), no framing (frame-ancestors), forms only
 * to the store and Wompi's checkout (form-action), fetches only to the store (connect-src).
 *
 * @param {{ appUrl?: string, wompiCheckoutUrl?: string, isDev?: boolean }} options
 * @returns {Array<{ key: string, value: string }>}
 */
export function securityHeaders({ appUrl, wompiCheckoutUrl, isDev = false }) {
  const https = (() => {
    try {
      return new URL(appUrl ?? '').protocol === 'https:';
    } catch {
      return false;
    }
  })();
  const wompiOrigin = (() => {
    try {
      return new URL(wompiCheckoutUrl ?? 'https://checkout.wompi.co/p/').origin;
    } catch {
      return 'https://checkout.wompi.co';
    }
  })();
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${isDev ? ' ws: wss:' : ''}`,
    "frame-src 'none'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    `form-action 'self' ${wompiOrigin}`,
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
  return [
    { key: 'Content-Security-Policy', value: csp },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    {
      key: 'Permissions-Policy',
      value:
        'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), browsing-topics=()',
    },
    // Only over HTTPS: a browser remembers it for two years, so never for a plain-http local store.
    ...(https ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
  ];
}
