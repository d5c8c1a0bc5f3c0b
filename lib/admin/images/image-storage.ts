import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AwsClient } from 'aws4fetch';
import { eq } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { storedImages } from '@/db/schema';
import { env } from '@/lib/env';

export type StoredImage = { key: string; url: string };
export type ImageBlob = { bytes: Uint8Array; contentType: string; etag: string };

/**
 * Where uploaded image bytes live. Every implementation hands out the same URLs, `/uploads/<key>`,
 * served by `app/uploads/[...path]/route.ts` (lib/admin/images/serve-upload.ts) with the upload
 * headers (sandbox CSP, nosniff, immutable cache, ETag) whatever the store, so any app instance serves
 * any image and a CDN or the reverse proxy can cache them for good.
 */
export type ImageStorage = {
  /** `key` only for `npm run images:move`, which keeps the URLs products already point at. */
  put(args: { bytes: Uint8Array; extension: string; contentType: string; key?: string }): Promise<StoredImage>;
  get(key: string): Promise<ImageBlob | null>;
  /** Removes a stored image by the URL `put` returned; URLs it does not own are ignored. */
  remove(url: string): Promise<void>;
};

export const UPLOADS_PUBLIC_PATH = '/uploads';
const KEY = /^products\/[0-9a-f-]{36}\.(png|jpg|webp)$/;
const newKey = (extension: string) => `products/${randomUUID()}.${extension}`;
const keyOf = (url: string) => {
  const key = url.startsWith(`${UPLOADS_PUBLIC_PATH}/`) ? url.slice(UPLOADS_PUBLIC_PATH.length + 1) : '';
  return KEY.test(key) ? key : null;
};
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const etagOf = (hash: string) => `"${hash}"`;

/** The default: bytes in PostgreSQL (`stored_images`), shared by every instance, nothing else to run. */
export function createPostgresStorage(db: () => Db): ImageStorage {
  return {
    async put({ bytes, extension, contentType, key = newKey(extension) }) {
      const hash = sha256(bytes);
      await db()
        .insert(storedImages)
        .values({ key, contentType, bytes: Buffer.from(bytes), byteSize: bytes.byteLength, sha256: hash })
        .onConflictDoNothing();
      return { key, url: `${UPLOADS_PUBLIC_PATH}/${key}` };
    },
    async get(key) {
      if (!KEY.test(key)) return null;
      const [row] = await db()
        .select({ bytes: storedImages.bytes, contentType: storedImages.contentType, sha256: storedImages.sha256 })
        .from(storedImages)
        .where(eq(storedImages.key, key));
      return row ? { bytes: new Uint8Array(row.bytes), contentType: row.contentType, etag: etagOf(row.sha256) } : null;
    },
    async remove(url) {
      const key = keyOf(url);
      if (key) await db().delete(storedImages).where(eq(storedImages.key, key));
    },
  };
}

export type S3Config = {
  bucket: string;
  region: string;
  endpoint?: string;
  accessKeyId: string;
  secretAccessKey: string;
};

/**
 * An S3-compatible bucket (AWS S3, Cloudflare R2, MinIO), signed with aws4fetch (SigV4 over fetch: a
 * few kB instead of the AWS SDK). Objects stay private; the app serves them (see ImageStorage) because
 * a bucket cannot send the sandbox CSP header the uploads need.
 */
export function createS3Storage(config: S3Config): ImageStorage {
  const client = new AwsClient({
    accessKeyId: config.accessKeyId,
    secretAccessKey: config.secretAccessKey,
    region: config.region,
    service: 's3',
  });
  // Path-style URLs work with every S3-compatible store.
  const base = (config.endpoint ?? `https://s3.${config.region}.amazonaws.com`).replace(/\/$/, '');
  const objectUrl = (key: string) => `${base}/${encodeURIComponent(config.bucket)}/${key}`;
  return {
    async put({ bytes, extension, contentType, key = newKey(extension) }) {
      const response = await client.fetch(objectUrl(key), {
        method: 'PUT',
        body: new Uint8Array(bytes),
        headers: { 'content-type': contentType, 'x-amz-meta-sha256': sha256(bytes) },
      });
      if (!response.ok) throw new Error(`S3 PUT ${key} answered ${response.status}`);
      return { key, url: `${UPLOADS_PUBLIC_PATH}/${key}` };
    },
    async get(key) {
      if (!KEY.test(key)) return null;
      const response = await client.fetch(objectUrl(key), { method: 'GET' });
      if (response.status === 404 || response.status === 403) return null;
      if (!response.ok) throw new Error(`S3 GET ${key} answered ${response.status}`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      return {
        bytes,
        contentType: response.headers.get('content-type') ?? 'application/octet-stream',
        etag: etagOf(response.headers.get('x-amz-meta-sha256') ?? sha256(bytes)),
      };
    },
    async remove(url) {
      const key = keyOf(url);
      if (!key) return;
      const response = await client.fetch(objectUrl(key), { method: 'DELETE' });
      if (!response.ok && response.status !== 404) throw new Error(`S3 DELETE ${key} answered ${response.status}`);
    },
  };
}

/** Where uploads lived before they moved to the shared store (`npm run images:move` moves them). */
export function legacyUploadsDir(): string {
  return path.join(process.cwd(), 'public', 'uploads');
}

/** Files on one machine's disk: only for tests and for reading uploads not yet moved; never shared. */
export function createLocalDiskStorage(options: { rootDir?: string } = {}): ImageStorage {
  const rootDir = options.rootDir ?? legacyUploadsDir();
  return {
    async put({ bytes, extension }) {
      const key = newKey(extension);
      const file = path.join(rootDir, key);
      await mkdir(path.dirname(file), { recursive: true });
      // `wx`: a name collision must fail loudly rather than overwrite another product's image.
      await writeFile(file, bytes, { flag: 'wx' });
      return { key, url: `${UPLOADS_PUBLIC_PATH}/${key}` };
    },
    async get(key) {
      if (!KEY.test(key)) return null;
      const bytes = await readFile(path.join(rootDir, key)).catch(() => null);
      if (!bytes) return null;
      const type = { png: 'image/png', jpg: 'image/jpeg', webp: 'image/webp' }[key.split('.').pop()!]!;
      return { bytes: new Uint8Array(bytes), contentType: type, etag: etagOf(sha256(bytes)) };
    },
    async remove(url) {
      const key = keyOf(url);
      if (key) await rm(path.join(rootDir, key), { force: true });
    },
  };
}

const globalForStorage = globalThis as unknown as { boticaImageStorage?: ImageStorage };

/** The app's image store: S3 when S3_BUCKET is set, else PostgreSQL. */
export function getImageStorage(): ImageStorage {
  globalForStorage.boticaImageStorage ??= defaultStorage();
  return globalForStorage.boticaImageStorage;
}

export function setImageStorage(storage: ImageStorage | undefined): void {
  globalForStorage.boticaImageStorage = storage;
}

function defaultStorage(): ImageStorage {
  if (env.S3_BUCKET) {
    if (!env.S3_ACCESS_KEY_ID || !env.S3_SECRET_ACCESS_KEY)
      throw new Error('S3_BUCKET is set: S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are required too.');
    return createS3Storage({
      bucket: env.S3_BUCKET,
      region: env.S3_REGION,
      endpoint: env.S3_ENDPOINT,
      accessKeyId: env.S3_ACCESS_KEY_ID,
      secretAccessKey: env.S3_SECRET_ACCESS_KEY,
    });
  }
  return createPostgresStorage(getDb);
}
