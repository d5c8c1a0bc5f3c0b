import { createLocalDiskStorage, getImageStorage, legacyUploadsDir, type ImageStorage } from './image-storage';

/**
 * Headers every upload is served with, by this route or by `next start` for files still under
 * public/uploads (next.config.js sets the same ones for `/uploads/:path*`): the bytes were re-encoded
 * from a raster image (lib/admin/images/reencode-image.ts), and even so a file opened on its own can run
 * nothing (sandbox CSP) and is never sniffed as another type.
 */
export const UPLOAD_HEADERS = {
  'content-security-policy': "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
  'x-content-type-options': 'nosniff',
} as const;

/**
 * Serves an uploaded image from the shared store (PostgreSQL or S3; any instance serves any image),
 * falling back to the legacy public/uploads folder for files not yet moved by `npm run images:move`.
 * Keys are random and never reused: cached for good (immutable), with the bytes' hash as ETag so a
 * revalidation is a 304. Only `products/<uuid>.<png|jpg|webp>` keys exist, so no path can escape.
 */
export async function serveUpload(
  segments: readonly string[],
  request?: Request,
  stores: { storage?: ImageStorage; legacy?: ImageStorage } = {},
): Promise<Response> {
  const key = segments.join('/');
  const storage = stores.storage ?? getImageStorage();
  const legacy = stores.legacy ?? createLocalDiskStorage({ rootDir: legacyUploadsDir() });
  const image = (await storage.get(key)) ?? (await legacy.get(key));
  if (!image) return new Response('Not found', { status: 404, headers: UPLOAD_HEADERS });
  const headers = {
    ...UPLOAD_HEADERS,
    'content-type': image.contentType,
    'cache-control': 'public, max-age=31536000, immutable',
    etag: image.etag,
  };
  const ifNoneMatch = request?.headers.get('if-none-match');
  if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === image.etag))
    return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(image.bytes), { headers });
}
