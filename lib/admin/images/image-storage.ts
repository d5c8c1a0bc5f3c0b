import { randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export type StoredImage = { key: string; url: string };

/**
 * Where product images live. The local-disk implementation below is the default; an object store
 * (S3, R2, GCS) replaces it by implementing these two calls and returning its public URL.
 */
export type ImageStorage = {
  put(args: { bytes: Uint8Array; extension: string; contentType: string }): Promise<StoredImage>;
  /** Removes a stored image by the URL `put` returned; URLs it does not own are ignored. */
  remove(url: string): Promise<void>;
};

export const UPLOADS_PUBLIC_PATH = '/uploads';

export function defaultUploadsDir(): string {
  return path.join(process.cwd(), 'public', 'uploads');
}

/** Files under `public/uploads/products/<uuid>.<ext>` (git-ignored), served at `/uploads/products/…`. */
export function createLocalDiskStorage(options: { rootDir?: string; publicPath?: string } = {}): ImageStorage {
  const rootDir = options.rootDir ?? defaultUploadsDir();
  const publicPath = options.publicPath ?? UPLOADS_PUBLIC_PATH;
  return {
    async put({ bytes, extension }) {
      const key = `products/${randomUUID()}.${extension}`;
      const file = path.join(rootDir, key);
      await mkdir(path.dirname(file), { recursive: true });
      // `wx`: a name collision must fail loudly rather than overwrite another product's image.
      await writeFile(file, bytes, { flag: 'wx' });
      return { key, url: `${publicPath}/${key}` };
    },
    async remove(url) {
      const prefix = `${publicPath}/products/`;
      if (!url.startsWith(prefix)) return;
      const name = url.slice(prefix.length);
      if (!/^[0-9a-f-]{36}\.[a-z]{3,4}$/.test(name)) return;
      await rm(path.join(rootDir, 'products', name), { force: true });
    },
  };
}

const globalForStorage = globalThis as unknown as { boticaImageStorage?: ImageStorage };

/** The app's image storage (local disk unless a deployment sets another with `setImageStorage`). */
export function getImageStorage(): ImageStorage {
  globalForStorage.boticaImageStorage ??= createLocalDiskStorage();
  return globalForStorage.boticaImageStorage;
}

export function setImageStorage(storage: ImageStorage | undefined): void {
  globalForStorage.boticaImageStorage = storage;
}
