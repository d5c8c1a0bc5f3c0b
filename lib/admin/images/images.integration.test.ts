import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, productImages, storedImages } from '@/db/schema';
import { createTestProduct, createTestUser } from '@/lib/testing/fixtures';
import { testDb } from '@/lib/testing/test-db';
import { createLocalDiskStorage, createPostgresStorage, type ImageStorage } from './image-storage';
import { moveLegacyUploads } from './move-legacy-uploads';
import { deleteProductImage, updateProductImage, uploadProductImage } from './product-images';
import { serveUpload } from './serve-upload';

let legacyRoot: string;
let legacy: ImageStorage;
const storage: ImageStorage = createPostgresStorage(() => testDb());

beforeAll(async () => {
  legacyRoot = await mkdtemp(path.join(tmpdir(), 'botica-uploads-'));
  legacy = createLocalDiskStorage({ rootDir: legacyRoot });
});
afterAll(async () => rm(legacyRoot, { recursive: true, force: true }));

/** A real PNG (the upload is decoded and re-encoded, so a header alone no longer passes). */
async function png(width: number, height: number): Promise<Uint8Array> {
  const bytes = await sharp({ create: { width, height, channels: 3, background: { r: 90, g: 140, b: 110 } } })
    .png()
    .toBuffer();
  return new Uint8Array(bytes);
}

/** A PNG-looking header of the given size with no image behind it. */
function pngHeader(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(64);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  new DataView(bytes.buffer).setUint32(16, width);
  new DataView(bytes.buffer).setUint32(20, height);
  return bytes;
}

const storedCount = async () => Number((await testDb().select({ n: count() }).from(storedImages))[0]!.n);
const serve = (url: string, request?: Request) =>
  serveUpload(url.replace('/uploads/', '').split('/'), request, { storage, legacy });

async function setup() {
  const db = testDb();
  const admin = await createTestUser(db, { role: 'ADMIN' });
  const { product } = await createTestProduct(db);
  return { db, product, actor: { id: admin.id } };
}

describe('product images', () => {
  it('stores an upload, orders the gallery, edits alt text, removes it, and audits each step', async () => {
    const { db, product, actor } = await setup();
    const first = await uploadProductImage(db, {
      productId: product.id,
      bytes: await png(800, 800),
      alt: 'Frasco de frente',
      actor,
      storage,
    });
    const second = await uploadProductImage(db, {
      productId: product.id,
      bytes: await png(600, 900),
      alt: 'Frasco de lado',
      actor,
      storage,
    });
    expect(first.url).toMatch(/^\/uploads\/products\/[0-9a-f-]{36}\.png$/);
    expect([first.position, second.position]).toEqual([0, 1]);
    expect([first.isPrimary, second.isPrimary]).toEqual([true, false]);
    const [blob] = await testDb()
      .select()
      .from(storedImages)
      .where(eq(storedImages.key, first.url.slice(9)));
    expect(blob).toMatchObject({ contentType: 'image/png' });
    const served = await serve(first.url);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(served.headers.get('content-security-policy')).toContain('sandbox');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    const etag = served.headers.get('etag')!;
    expect(etag).toBe(`"${blob!.sha256}"`);
    expect(Buffer.from(await served.arrayBuffer()).equals(blob!.bytes)).toBe(true);
    const revalidated = await serve(first.url, new Request('http://x/', { headers: { 'if-none-match': etag } }));
    expect(revalidated.status).toBe(304);
    expect((await serveUpload(['products', '..', 'secret'], undefined, { storage, legacy })).status).toBe(404);

    await updateProductImage(db, { imageId: second.id, input: { move: 'up', alt: 'De lado, con tapa' }, actor });
    const gallery = await db
      .select()
      .from(productImages)
      .where(eq(productImages.productId, product.id))
      .orderBy(productImages.sortOrder);
    expect(gallery.map((g) => [g.id, g.alt])).toEqual([
      [second.id, 'De lado, con tapa'],
      [first.id, 'Frasco de frente'],
    ]);

    await deleteProductImage(db, { imageId: first.id, actor, storage });
    expect((await serve(first.url)).status).toBe(404);
    expect((await serve(second.url)).status).toBe(200);
    const actions = (
      await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, product.id))
    ).map((a) => a.action);
    expect(actions.sort()).toEqual([
      'product.image_added',
      'product.image_added',
      'product.image_removed',
      'product.image_updated',
    ]);
  });

  it('refuses a wrong type, an oversized file, a tiny image and a missing alt text with field messages, saving nothing', async () => {
    const { db, product, actor } = await setup();
    const before = await storedCount();
    const attempt = (bytes: Uint8Array, alt = 'Un frasco') =>
      uploadProductImage(db, { productId: product.id, bytes, alt, actor, storage });
    await expect(attempt(new TextEncoder().encode('%PDF-1.7'))).rejects.toMatchObject({
      code: 'VALIDATION',
      details: { fields: { image: expect.stringContaining('Formato') } },
    });
    const huge = new Uint8Array(5 * 1024 * 1024 + 1);
    huge.set(await png(800, 800));
    await expect(attempt(huge)).rejects.toMatchObject({
      details: { fields: { image: expect.stringContaining('5 MB') } },
    });
    await expect(attempt(await png(120, 120))).rejects.toMatchObject({
      details: { fields: { image: expect.stringContaining('mínimo') } },
    });
    await expect(attempt(await png(800, 800), '')).rejects.toMatchObject({
      details: { fields: { alt: expect.any(String) } },
    });
    await expect(attempt(pngHeader(800, 800))).rejects.toMatchObject({
      details: { fields: { image: expect.stringContaining('dañado') } },
    });
    await expect(
      attempt(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 400"></svg>')),
    ).rejects.toMatchObject({ details: { fields: { image: expect.stringContaining('SVG') } } });
    expect(await db.select().from(productImages).where(eq(productImages.productId, product.id))).toEqual([]);
    expect(await storedCount()).toBe(before);
  });

  it('removes the stored file again when the product does not exist', async () => {
    const { db, actor } = await setup();
    const before = await storedCount();
    await expect(
      uploadProductImage(db, {
        productId: '00000000-0000-4000-8000-000000000000',
        bytes: await png(800, 800),
        alt: 'Huérfana',
        actor,
        storage,
      }),
    ).rejects.toMatchObject({ status: 404 });
    expect(await storedCount()).toBe(before);
  });

  it('still serves an upload left in the legacy public/uploads folder, with the upload headers', async () => {
    const key = 'products/0b7a4a7e-57b4-4c47-9d6c-5b8f6f0c2a11.png';
    await mkdir(path.join(legacyRoot, 'products'), { recursive: true });
    await writeFile(path.join(legacyRoot, key), await png(300, 300));
    const served = await serve(`/uploads/${key}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-security-policy')).toContain('sandbox');
  });
});

describe('npm run images:move', () => {
  it('moves legacy uploads into the shared store, keeps raster URLs, rasterises SVGs and re-points their rows', async () => {
    const { db, product } = await setup();
    const root = await mkdtemp(path.join(tmpdir(), 'botica-legacy-'));
    const rasterKey = 'products/6f1d0c52-3a55-4c1e-8f55-0d6f4a3c7b21.png';
    const svgName = '9a0e6c1b-77f2-4a8e-b7c9-3e2d1f0a4b5c.svg';
    await mkdir(path.join(root, 'products'), { recursive: true });
    await writeFile(path.join(root, rasterKey), await png(300, 300));
    await writeFile(
      path.join(root, 'products', svgName),
      '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="300"><rect width="300" height="300" fill="#5a8"/></svg>',
    );
    await db.insert(productImages).values([
      { productId: product.id, url: `/uploads/${rasterKey}`, alt: 'Raster', sortOrder: 0 },
      { productId: product.id, url: `/uploads/products/${svgName}`, alt: 'Vector', sortOrder: 1 },
    ]);

    const report = await moveLegacyUploads(db, { rootDir: root, storage });

    expect(report).toEqual({ moved: 1, convertedFromSvg: 1, skipped: [] });
    const rows = await db.select().from(productImages).where(eq(productImages.productId, product.id));
    const urls = rows.map((r) => r.url).sort();
    expect(urls).toEqual([`/uploads/${rasterKey}`, `/uploads/products/${svgName.replace('.svg', '.png')}`].sort());
    const noLegacy = createLocalDiskStorage({ rootDir: path.join(root, 'none') });
    for (const url of urls) {
      const served = await serveUpload(url.replace('/uploads/', '').split('/'), undefined, {
        storage,
        legacy: noLegacy,
      });
      expect(served.status).toBe(200);
      expect(served.headers.get('content-type')).toBe('image/png');
    }
    expect(await readdir(path.join(root, 'products'))).toEqual([]);
    expect(await moveLegacyUploads(db, { rootDir: root, storage })).toEqual({
      moved: 0,
      convertedFromSvg: 0,
      skipped: [],
    });
    await rm(root, { recursive: true, force: true });
  });
});
