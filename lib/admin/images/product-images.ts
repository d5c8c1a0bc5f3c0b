import { and, asc, eq, max } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, Tx } from '@/db/client';
import { productImages } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { invalidateCatalog } from '@/lib/catalog/cache-tags';
import { notFound } from '@/lib/errors';
import { errorFields, logger } from '@/lib/logger';
import type { AdminActor } from '@/lib/admin/shared/admin-actor';
import { lockProduct } from '@/lib/admin/products/update-product';
import { isUuid, parseInput } from '@/lib/validation';
import { checkImage } from './image-rules';
import { reencodeImage } from './reencode-image';
import type { ImageStorage } from './image-storage';

const altSchema = z
  .string({ error: 'Describe la imagen.' })
  .trim()
  .min(3, { error: 'Describe la imagen para quien no puede verla (mínimo 3 caracteres).' })
  .max(200, { error: 'Máximo 200 caracteres.' });

export const imageNotFound = () => notFound('No encontramos esa imagen.');

/**
 * Checks an uploaded image, re-encodes it (only the re-encoded bytes are ever stored), stores it and
 * adds it last in the product's gallery. Nothing is saved when the file breaks a rule; if the database
 * write fails after the bytes were stored, they are removed again so no orphan stays in the store.
 */
export async function uploadProductImage(
  db: Database,
  args: { productId: string; bytes: Uint8Array; alt: unknown; actor: AdminActor; storage: ImageStorage },
) {
  const alt = parseInput(z.object({ alt: altSchema }), { alt: args.alt }).alt;
  const image = checkImage(args.bytes);
  const clean = await reencodeImage(args.bytes, image);
  const stored = await args.storage.put({
    bytes: clean,
    extension: image.extension,
    contentType: image.contentType,
  });
  try {
    return await db.transaction(async (tx) => {
      const product = await lockProduct(tx, args.productId);
      const [last] = await tx
        .select({ n: max(productImages.sortOrder) })
        .from(productImages)
        .where(eq(productImages.productId, product.id));
      const [row] = await tx
        .insert(productImages)
        .values({ productId: product.id, url: stored.url, alt, sortOrder: (last?.n ?? -1) + 1 })
        .returning();
      if (!row) throw new Error('image insert returned nothing');
      await recordAudit(tx, {
        actorId: args.actor.id,
        action: 'product.image_added',
        entityType: 'product',
        entityId: product.id,
        after: { imageId: row.id, url: row.url, alt, width: image.width, height: image.height },
        requestId: args.actor.requestId,
      });
      await invalidateCatalog({ productIds: [product.id] }, { db: tx });
      return row;
    });
  } catch (error) {
    await args.storage
      .remove(stored.url)
      .catch((cleanup: unknown) =>
        logger.warn({ ...errorFields(cleanup), url: stored.url }, 'admin.image_cleanup_failed'),
      );
    throw error;
  }
}

async function lockImage(tx: Tx, imageId: string) {
  if (!isUuid(imageId)) throw imageNotFound();
  const [image] = await tx.select().from(productImages).where(eq(productImages.id, imageId)).for('update');
  if (!image) throw imageNotFound();
  await lockProduct(tx, image.productId);
  return image;
}

/** Changes an image's alt text and/or moves it one place up or down in the gallery. */
export async function updateProductImage(db: Database, args: { imageId: string; input: unknown; actor: AdminActor }) {
  const input = parseInput(
    z.object({ alt: altSchema.optional(), move: z.enum(['up', 'down']).optional() }),
    args.input,
  );
  return db.transaction(async (tx) => {
    const image = await lockImage(tx, args.imageId);
    if (input.alt !== undefined)
      await tx.update(productImages).set({ alt: input.alt }).where(eq(productImages.id, image.id));
    if (input.move) {
      const gallery = await tx
        .select({ id: productImages.id })
        .from(productImages)
        .where(eq(productImages.productId, image.productId))
        .orderBy(asc(productImages.sortOrder), asc(productImages.id));
      const from = gallery.findIndex((g) => g.id === image.id);
      const to = input.move === 'up' ? from - 1 : from + 1;
      if (to >= 0 && to < gallery.length) {
        [gallery[from], gallery[to]] = [gallery[to]!, gallery[from]!];
        // Renumber the whole gallery: positions stay dense whatever earlier edits left behind.
        for (const [index, g] of gallery.entries())
          await tx.update(productImages).set({ sortOrder: index }).where(eq(productImages.id, g.id));
      }
    }
    await recordAudit(tx, {
      actorId: args.actor.id,
      action: 'product.image_updated',
      entityType: 'product',
      entityId: image.productId,
      before: { imageId: image.id, alt: image.alt, sortOrder: image.sortOrder },
      after: { imageId: image.id, ...input },
      requestId: args.actor.requestId,
    });
    await invalidateCatalog({ productIds: [image.productId] }, { db: tx });
    return { productId: image.productId };
  });
}

/** Removes an image from the gallery, then its file (after commit, so a rollback never loses a file in use). */
export async function deleteProductImage(
  db: Database,
  args: { imageId: string; actor: AdminActor; storage: ImageStorage },
) {
  const image = await db.transaction(async (tx) => {
    const row = await lockImage(tx, args.imageId);
    await tx.delete(productImages).where(and(eq(productImages.id, row.id), eq(productImages.productId, row.productId)));
    await recordAudit(tx, {
      actorId: args.actor.id,
      action: 'product.image_removed',
      entityType: 'product',
      entityId: row.productId,
      before: { imageId: row.id, url: row.url, alt: row.alt },
      requestId: args.actor.requestId,
    });
    await invalidateCatalog({ productIds: [row.productId] }, { db: tx });
    return row;
  });
  await args.storage
    .remove(image.url)
    .catch((error: unknown) => logger.warn({ ...errorFields(error), url: image.url }, 'admin.image_remove_failed'));
  return { productId: image.productId };
}
