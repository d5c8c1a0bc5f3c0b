import { readFile } from 'node:fs/promises';
import path from 'node:path';

const TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  svg: 'image/svg+xml',
};

/**
 * A catalogue picture as a data: URL for next/og. Catalogue and uploaded pictures live under
 * public/ (lib/admin/images/image-storage.ts), so they are read from disk rather than fetched over
 * HTTP from this same server. Anything outside public/ or of another type gives null (no picture).
 */
export async function imageDataUrl(url: string | null | undefined, publicDir = path.join(process.cwd(), 'public')) {
  if (!url || !url.startsWith('/') || url.includes('..')) return null;
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
