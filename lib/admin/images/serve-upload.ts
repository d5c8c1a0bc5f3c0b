import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { defaultUploadsDir } from './image-storage';

const TYPES: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', webp: 'image/webp', svg: 'image/svg+xml' };

/**
 * Serves an uploaded image. Needed because `next start` lists `public/` once at boot, so an image
 * uploaded afterwards would 404 until a restart; a route handler at `app/uploads/[...path]/route.ts`
 * answers for those files (`export const GET = (_req, { params }) => params.then((p) => serveUpload(p.path))`).
 * Only `products/<uuid>.<ext>` names are served, so no path can leave the uploads folder. SVGs get a
 * CSP sandbox so that even an SVG opened on its own cannot run script.
 */
export async function serveUpload(segments: readonly string[], rootDir = defaultUploadsDir()): Promise<Response> {
  const [folder, name, ...rest] = segments;
  const match = /^([0-9a-f-]{36})\.([a-z]{3,4})$/.exec(name ?? '');
  const contentType = match ? TYPES[match[2]!] : undefined;
  if (folder !== 'products' || rest.length > 0 || !match || !contentType)
    return new Response('Not found', { status: 404 });
  try {
    const bytes = await readFile(path.join(rootDir, 'products', name!));
    return new Response(new Uint8Array(bytes), {
      headers: {
        'content-type': contentType,
        // Names are random and never reused: safe to cache for good.
        'cache-control': 'public, max-age=31536000, immutable',
        'x-content-type-options': 'nosniff',
        ...(match[2] === 'svg'
          ? { 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox" }
          : {}),
      },
    });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}
