import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, productImages } from '@/db/schema';
import { createTestProduct, createTestUser } from '@/lib/testing/fixtures';
import { testDb } from '@/lib/testing/test-db';
import { createLocalDiskStorage, type ImageStorage } from './image-storage';
import { deleteProductImage, updateProductImage, uploadProductImage } from './product-images';
import { serveUpload } from './serve-upload';

let root: string;
let storage: ImageStorage;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'botica-uploads-'));
  storage = createLocalDiskStorage({ rootDir: root });
});
afterAll(async () => rm(root, { recursive: true, force: true }));

function png(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(64);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  new DataView(bytes.buffer).setUint32(16, width);
  new DataView(bytes.buffer).setUint32(20, height);
  return bytes;
}

const filesOnDisk = async () => readdir(path.join(root, 'products')).catch(() => [] as string[]);

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
      bytes: png(800, 800),
      alt: 'Frasco de frente',
      actor,
      storage,
    });
    const second = await uploadProductImage(db, {
      productId: product.id,
      bytes: png(600, 900),
      alt: 'Frasco de lado',
      actor,
      storage,
    });
    expect(first.url).toMatch(/^\/uploads\/products\/[0-9a-f-]{36}\.png$/);
    expect([first.sortOrder, second.sortOrder]).toEqual([0, 1]);
    expect(await filesOnDisk()).toHaveLength(2);
    const served = await serveUpload(first.url.replace('/uploads/', '').split('/'), root);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect((await serveUpload(['products', '..', 'secret'], root)).status).toBe(404);

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
    expect(await filesOnDisk()).toHaveLength(1);
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
    const before = await filesOnDisk();
    const attempt = (bytes: Uint8Array, alt = 'Un frasco') =>
      uploadProductImage(db, { productId: product.id, bytes, alt, actor, storage });
    await expect(attempt(new TextEncoder().encode('%PDF-1.7'))).rejects.toMatchObject({
      code: 'VALIDATION',
      details: { fields: { image: expect.stringContaining('Formato') } },
    });
    const huge = new Uint8Array(5 * 1024 * 1024 + 1);
    huge.set(png(800, 800));
    await expect(attempt(huge)).rejects.toMatchObject({
      details: { fields: { image: expect.stringContaining('5 MB') } },
    });
    await expect(attempt(png(120, 120))).rejects.toMatchObject({
      details: { fields: { image: expect.stringContaining('mínimo') } },
    });
    await expect(attempt(png(800, 800), '')).rejects.toMatchObject({
      details: { fields: { alt: expect.any(String) } },
    });
    expect(await db.select().from(productImages).where(eq(productImages.productId, product.id))).toEqual([]);
    expect(await filesOnDisk()).toEqual(before);
  });

  it('removes the stored file again when the product does not exist', async () => {
    const { db, actor } = await setup();
    const before = await filesOnDisk();
    await expect(
      uploadProductImage(db, {
        productId: '00000000-0000-4000-8000-000000000000',
        bytes: png(800, 800),
        alt: 'Huérfana',
        actor,
        storage,
      }),
    ).rejects.toMatchObject({ status: 404 });
    expect(await filesOnDisk()).toEqual(before);
  });
});
