import { and, asc, desc, eq, max, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, Tx } from '@/db/client';
import { productImages, productVariants } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { invalidateCatalog } from '@/lib/catalog/cache-tags';
import { notFound, validationError } from '@/lib/errors';
import { errorFields, logger } from '@/lib/logger';
import type { AdminActor } from '@/lib/admin/shared/admin-actor';
import { booleanish, numberish } from '@/lib/admin/shared/zod-helpers';
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

/** A form's "Todas las variantes" option is an empty string; the API may send null. Both mean "the product". */
const variantIdSchema = z.preprocess(
  (v) => (v === '' ? null : v),
  z.uuid({ error: 'Elige una variante de este producto.' }).nullable(),
);

const uploadSchema = z.object({
  alt: altSchema,
  variantId: variantIdSchema.optional(),
  isPrimary: booleanish().optional(),
});

export const updateImageSchema = z.object({
  alt: altSchema.optional(),
  variantId: variantIdSchema.optional(),
  // Only "make this one primary": a product always has one, so un-marking happens by marking another.
  isPrimary: booleanish()
    .refine((v) => v, { error: 'Para cambiar la imagen principal, marca otra como principal.' })
    .optional(),
  move: z.enum(['up', 'down'], { error: 'Mueve la imagen hacia arriba o hacia abajo.' }).optional(),
  position: numberish(
    z.number({ error: 'La posición es un número.' }).int({ error: 'La posición es un número entero.' }).min(0, {
      error: 'La posición empieza en 0.',
    }),
  ).optional(),
});

type ImageRow = typeof productImages.$inferSelect;

/** The image as the API answers it (`position` is its place in the gallery, from 0). */
export type AdminImageView = {
  id: string;
  productId: string;
  url: string;
  alt: string;
  variantId: string | null;
  isPrimary: boolean;
  position: number;
};

const toView = (row: ImageRow): AdminImageView => ({
  id: row.id,
  productId: row.productId,
  url: row.url,
  alt: row.alt,
  variantId: row.variantId,
  isPrimary: row.isPrimary,
  position: row.sortOrder,
});

export const imageNotFound = () => notFound('No encontramos esa imagen.');

async function checkVariantOfProduct(tx: Tx, productId: string, variantId: string | null | undefined) {
  if (!variantId) return;
  const [variant] = await tx
    .select({ id: productVariants.id })
    .from(productVariants)
    .where(and(eq(productVariants.id, variantId), eq(productVariants.productId, productId)));
  if (!variant) throw validationError({ variantId: 'Elige una variante de este producto.' });
}

/**
 * Makes one image the product's primary. The caller holds the product's row lock, so concurrent
 * requests take turns; the old primary is cleared first because the partial unique index
 * (product_images_one_primary_key) is checked row by row, not at the end of the statement.
 */
async function makePrimary(tx: Tx, productId: string, imageId: string) {
  await tx
    .update(productImages)
    .set({ isPrimary: false })
    .where(
      and(eq(productImages.productId, productId), eq(productImages.isPrimary, true), ne(productImages.id, imageId)),
    );
  await tx.update(productImages).set({ isPrimary: true }).where(eq(productImages.id, imageId));
}

async function galleryOf(tx: Tx, productId: string) {
  return tx
    .select({ id: productImages.id })
    .from(productImages)
    .where(eq(productImages.productId, productId))
    .orderBy(asc(productImages.sortOrder), asc(productImages.id));
}

/** Puts an image at `to` (clamped) and renumbers the gallery 0, 1, 2… so positions stay dense. */
async function moveTo(tx: Tx, productId: string, imageId: string, to: number) {
  const gallery = (await galleryOf(tx, productId)).map((g) => g.id).filter((id) => id !== imageId);
  gallery.splice(Math.max(0, Math.min(to, gallery.length)), 0, imageId);
  for (const [index, id] of gallery.entries())
    await tx.update(productImages).set({ sortOrder: index }).where(eq(productImages.id, id));
}

/**
 * Checks an uploaded image, re-encodes it (only the re-encoded bytes are ever stored), stores it and
 * adds it last in the product's gallery, optionally for one of its variants and as the primary image
 * (the product's first image is always primary: migration product_images_primary). Nothing is saved
 * when the file or a field breaks a rule; if the database write fails after the bytes were stored,
 * they are removed again so no orphan stays in the store.
 */
export async function uploadProductImage(
  db: Database,
  args: {
    productId: string;
    bytes: Uint8Array;
    alt: unknown;
    variantId?: unknown;
    isPrimary?: unknown;
    actor: AdminActor;
    storage: ImageStorage;
  },
): Promise<AdminImageView> {
  const input = parseInput(uploadSchema, { alt: args.alt, variantId: args.variantId, isPrimary: args.isPrimary });
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
      await checkVariantOfProduct(tx, product.id, input.variantId);
      const [last] = await tx
        .select({ n: max(productImages.sortOrder) })
        .from(productImages)
        .where(eq(productImages.productId, product.id));
      const [inserted] = await tx
        .insert(productImages)
        .values({
          productId: product.id,
          variantId: input.variantId ?? null,
          url: stored.url,
          alt: input.alt,
          sortOrder: (last?.n ?? -1) + 1,
        })
        .returning();
      if (!inserted) throw new Error('image insert returned nothing');
      if (input.isPrimary && !inserted.isPrimary) await makePrimary(tx, product.id, inserted.id);
      const row = { ...inserted, isPrimary: inserted.isPrimary || input.isPrimary === true };
      await recordAudit(tx, {
        actorId: args.actor.id,
        action: 'product.image_added',
        entityType: 'product',
        entityId: product.id,
        after: {
          imageId: row.id,
          url: row.url,
          alt: row.alt,
          variantId: row.variantId,
          isPrimary: row.isPrimary,
          width: image.width,
          height: image.height,
        },
        requestId: args.actor.requestId,
      });
      await invalidateCatalog({ productIds: [product.id] }, { db: tx });
      return toView(row);
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

/**
 * Locks the image's product, then the image. Always product first, like the upload, so an upload
 * and an edit of the same gallery cannot deadlock; the product is re-checked after the image lock.
 */
async function lockImage(tx: Tx, imageId: string): Promise<ImageRow> {
  if (!isUuid(imageId)) throw imageNotFound();
  const [peek] = await tx
    .select({ productId: productImages.productId })
    .from(productImages)
    .where(eq(productImages.id, imageId));
  if (!peek) throw imageNotFound();
  await lockProduct(tx, peek.productId);
  const [image] = await tx.select().from(productImages).where(eq(productImages.id, imageId)).for('update');
  if (!image || image.productId !== peek.productId) throw imageNotFound();
  return image;
}

/**
 * Changes an image's alt text, variant (null: the whole product), place in the gallery (`move` one
 * step or an absolute `position`) and/or makes it the product's primary image.
 */
export async function updateProductImage(
  db: Database,
  args: { imageId: string; input: unknown; actor: AdminActor },
): Promise<AdminImageView> {
  const input = parseInput(updateImageSchema, args.input);
  return db.transaction(async (tx) => {
    const image = await lockImage(tx, args.imageId);
    const patch: Partial<ImageRow> = {};
    if (input.alt !== undefined) patch.alt = input.alt;
    if (input.variantId !== undefined) {
      await checkVariantOfProduct(tx, image.productId, input.variantId);
      patch.variantId = input.variantId;
    }
    if (Object.keys(patch).length > 0) await tx.update(productImages).set(patch).where(eq(productImages.id, image.id));
    if (input.isPrimary) await makePrimary(tx, image.productId, image.id);
    if (input.move || input.position !== undefined) {
      const gallery = await galleryOf(tx, image.productId);
      const from = gallery.findIndex((g) => g.id === image.id);
      const to = input.position ?? (input.move === 'up' ? from - 1 : from + 1);
      if (to >= 0 && to !== from) await moveTo(tx, image.productId, image.id, to);
    }
    const [after] = await tx.select().from(productImages).where(eq(productImages.id, image.id));
    if (!after) throw new Error('image vanished under its own lock');
    await recordAudit(tx, {
      actorId: args.actor.id,
      action: 'product.image_updated',
      entityType: 'product',
      entityId: image.productId,
      before: {
        imageId: image.id,
        alt: image.alt,
        variantId: image.variantId,
        isPrimary: image.isPrimary,
        sortOrder: image.sortOrder,
      },
      after: {
        imageId: after.id,
        alt: after.alt,
        variantId: after.variantId,
        isPrimary: after.isPrimary,
        sortOrder: after.sortOrder,
      },
      requestId: args.actor.requestId,
    });
    await invalidateCatalog({ productIds: [image.productId] }, { db: tx });
    return toView(after);
  });
}

/**
 * Removes an image from the gallery, then its file (after commit, so a rollback never loses a file in
 * use). Removing the primary promotes the next image in the gallery, in the same transaction (the
 * commit-time check in migration product_images_primary refuses a gallery without a primary).
 */
export async function deleteProductImage(
  db: Database,
  args: { imageId: string; actor: AdminActor; storage: ImageStorage },
) {
  const image = await db.transaction(async (tx) => {
    const row = await lockImage(tx, args.imageId);
    await tx.delete(productImages).where(and(eq(productImages.id, row.id), eq(productImages.productId, row.productId)));
    let promotedId: string | null = null;
    if (row.isPrimary) {
      const [next] = await tx
        .select({ id: productImages.id })
        .from(productImages)
        .where(eq(productImages.productId, row.productId))
        // The deleted primary's own variant's images are the closest stand-in; then gallery order.
        .orderBy(
          desc(sql`${productImages.variantId} IS NOT DISTINCT FROM ${row.variantId}`),
          asc(productImages.sortOrder),
          asc(productImages.id),
        )
        .limit(1);
      if (next) {
        await makePrimary(tx, row.productId, next.id);
        promotedId = next.id;
      }
    }
    await recordAudit(tx, {
      actorId: args.actor.id,
      action: 'product.image_removed',
      entityType: 'product',
      entityId: row.productId,
      before: { imageId: row.id, url: row.url, alt: row.alt, variantId: row.variantId, isPrimary: row.isPrimary },
      after: promotedId ? { primaryImageId: promotedId } : undefined,
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
