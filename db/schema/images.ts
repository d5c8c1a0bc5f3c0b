import { sql } from 'drizzle-orm';
import { check, customType, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

/**
 * The bytes of uploaded images when they are kept in PostgreSQL (the default; lib/admin/images/image-storage.ts),
 * so every app instance serves every image. Only how bytes are stored: what an image shows and where
 * (product_images) points at it by URL, `/uploads/<key>`. Rows are written once and never changed: the
 * key is random, the ETag is the bytes' SHA-256.
 */
export const storedImages = pgTable(
  'stored_images',
  {
    key: text('key').primaryKey(),
    contentType: text('content_type').notNull(),
    bytes: bytea('bytes').notNull(),
    byteSize: integer('byte_size').notNull(),
    sha256: text('sha256').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('stored_images_key_shape', sql`${t.key} ~ '^products/[0-9a-f-]{36}\\.(png|jpg|webp)$'`),
    check('stored_images_raster_only', sql`${t.contentType} IN ('image/png', 'image/jpeg', 'image/webp')`),
  ],
);
