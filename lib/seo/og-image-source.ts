import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { getImageStorage, UPLOADS_PUBLIC_PATH } from '@/lib/admin/images/image-storage';

const TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  svg: 'image/svg+xml',
};

/**
 * A catalogue picture as a data: URL for next/og, read directly rather than fetched over HTTP from
 * this same server: seeded pictures from public/, uploads from the image store
 * (lib/admin/images/image-storage.ts). Anything outside public/ or of another type gives null (no picture).
 */
export async function imageDataUrl(url: string | null | undefined, publicDir = path.join(process.cwd(), 'public')) {
  if (!url || !url.startsWith('/') || url.includes('..')) return null;
  // Uploaded pictures live in the shared image store (PostgreSQL or S3), not on this disk.
  if (url.startsWith(`${UPLOADS_PUBLIC_PATH}/`)) {
    const blob = await getImageStorage()
      .get(url.slice(UPLOADS_PUBLIC_PATH.length + 1))
      .catch(() => null);
    return blob ? `data:${blob.contentType};base64,${Buffer.from(blob.bytes).toString('base64')}` : null;
  }
  const ext = /\.([a-z]+)$/i.exec(url)?.[1]?.toLowerCase();
  const type = ext ? TYPES[ext] : undefined;
  if (!type) return null;
  try {
    // The path comes from the catalogue, so the bundler cannot trace it (nor should it: public/ is served as is).
    const file = path.join(/* turbopackIgnore: true */ publicDir, decodeURIComponent(url));
    if (!file.startsWith(`${publicDir}${path.sep}`)) return null;
    const bytes = await readFile(/* turbopackIgnore: true */ file);
    return `data:${type};base64,${bytes.toString('base64')}`;
  } catch {
    return null;
  }
}
