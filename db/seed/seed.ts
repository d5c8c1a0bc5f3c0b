import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import {
  categories,
  inventoryMovements,
  productImages,
  products,
  productTags,
  productVariants,
  relatedProducts,
  tags,
  variantBulkDiscounts,
} from '@/db/schema';
import { recordMovement } from '@/lib/inventory/record-movement';
import { ensureDefaultSettings } from '@/lib/settings/store-settings';
import { CATEGORIES, generateSyntheticProducts, PRODUCTS, TAGS, type SeedProduct } from './catalog-data';
import { categoryImageUrl, productImageUrl } from './product-images';
import { seedUsers } from './seed-users';
import { seedVouchers } from './seed-vouchers';

export type SeedOptions = {
  /** Total products wanted; above the hand-written set, synthetic products fill the difference. */
  products?: number;
  log?: (line: string) => void;
};

// 500 products ≈ 1,000 variants ≈ 15,000 bind parameters per insert: well under PostgreSQL's 65,535.
const BATCH_SIZE = 500;
const INITIAL_STOCK_NOTE = 'Inventario inicial';

type Lookup = { categoryIds: Map<string, string>; tagIds: Map<string, string> };
type InitialStock = { variantId: string; quantity: number };
type Batch = { items: SeedProduct[]; imageUrl: (p: SeedProduct) => string; createdAt: (index: number) => Date };

function lookUp(map: Map<string, string>, key: string, what: string): string {
  const id = map.get(key);
  if (!id) throw new Error(`Invalid seed data: unknown ${what} "${key}".`);
  return id;
}

/**
 * Inserts products with their image, tags, variants and bulk tiers. Ids are generated here so one
 * multi-row insert per table suffices. Variants start at stock 0; the units still to put on the
 * shelf are returned so the caller writes them through the ledger.
 */
async function insertProducts(tx: Db, lookup: Lookup, { items, imageUrl, createdAt }: Batch) {
  const productIds = new Map<string, string>();
  const productRows: (typeof products.$inferInsert)[] = [];
  const imageRows: (typeof productImages.$inferInsert)[] = [];
  const tagRows: (typeof productTags.$inferInsert)[] = [];
  const variantRows: (typeof productVariants.$inferInsert)[] = [];
  const discountRows: (typeof variantBulkDiscounts.$inferInsert)[] = [];
  const stock: InitialStock[] = [];

  for (const [index, item] of items.entries()) {
    const productId = randomUUID();
    const created = createdAt(index);
    productIds.set(item.slug, productId);
    const { slug, name, description, benefits, howToUse, preparationDays, isFeatured } = item;
    const categoryId = lookUp(lookup.categoryIds, item.categorySlug, 'category');
    productRows.push({
      id: productId,
      slug,
      name,
      description,
      benefits,
      howToUse,
      preparationDays,
      isFeatured,
      categoryId,
      createdAt: created,
      updatedAt: created,
    });
    imageRows.push({ productId, url: imageUrl(item), alt: `${name}, presentación de Botica`, sortOrder: 0 });
    for (const tag of item.tags) tagRows.push({ productId, tagId: lookUp(lookup.tagIds, tag, 'tag') });
    item.variants.forEach(({ stock: quantity, bulkDiscounts, ...variant }, sortOrder) => {
      const variantId = randomUUID();
      variantRows.push({ ...variant, id: variantId, productId, sortOrder });
      for (const tier of bulkDiscounts) discountRows.push({ variantId, ...tier });
      if (quantity > 0) stock.push({ variantId, quantity });
    });
  }

  await tx.insert(products).values(productRows);
  await tx.insert(productImages).values(imageRows);
  if (tagRows.length > 0) await tx.insert(productTags).values(tagRows);
  await tx.insert(productVariants).values(variantRows);
  if (discountRows.length > 0) await tx.insert(variantBulkDiscounts).values(discountRows);
  return { productIds, stock, variantCount: variantRows.length };
}

/**
 * The bulk twin of `recordMovement(RESTOCK)` for thousands of synthetic variants. For a variant
 * created at stock 0 / reserved 0 in this transaction, recordMovement would lock the row (nobody else
 * can see it yet), set stock = q and write one ledger row (RESTOCK, q, stock_delta q, reserved_delta 0,
 * stock_after q, reserved_after 0). These are exactly the rows written here; `syncStockFromLedger`
 * then sets each counter to the sum of its ledger rows, so counters equal ledger sums by construction
 * and the CHECK constraints on both tables still vet every row.
 */
async function insertRestockRows(tx: Db, stock: InitialStock[]): Promise<void> {
  if (stock.length === 0) return;
  await tx.insert(inventoryMovements).values(
    stock.map(({ variantId, quantity }) => ({
      variantId,
      type: 'RESTOCK' as const,
      quantity,
      stockDelta: quantity,
      reservedDelta: 0,
      stockAfter: quantity,
      reservedAfter: 0,
      note: INITIAL_STOCK_NOTE,
    })),
  );
}

/** One UPDATE … FROM for the whole catalogue; variants already in agreement (via recordMovement) are skipped. */
async function syncStockFromLedger(tx: Db): Promise<void> {
  await tx.execute(sql`
    UPDATE product_variants v
    SET stock = l.total, updated_at = now()
    FROM (SELECT variant_id, SUM(stock_delta)::int AS total FROM inventory_movements GROUP BY variant_id) l
    WHERE l.variant_id = v.id AND v.stock <> l.total`);
}

function chunk<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/**
 * Seeds demo users, default settings and — on an empty catalogue only — the whole catalogue in one
 * transaction. Safe to run on every start: a second run changes nothing and returns created: false.
 */
export async function seedDatabase(db: Db, options: SeedOptions = {}): Promise<{ created: boolean }> {
  const log = options.log ?? (() => undefined);
  // Hashing is slow (argon2id); it happens before the transaction so no locks are held meanwhile.
  await seedUsers(db);

  return db.transaction(async (tx) => {
    await ensureDefaultSettings(tx);
    await seedVouchers(tx);
    // Two processes seeding the same empty database at once (e.g. two app instances booting) queue here.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('botica:seed'))`);
    const [existing] = await tx.select({ id: categories.id }).from(categories).limit(1);
    if (existing) {
      log('The catalogue already exists: only users and settings were checked.');
      return { created: false };
    }

    const insertedCategories = await tx
      .insert(categories)
      .values(CATEGORIES.map((c) => ({ ...c, imageUrl: categoryImageUrl(c.slug) })))
      .returning({ id: categories.id, slug: categories.slug });
    const insertedTags = await tx
      .insert(tags)
      .values([...TAGS])
      .returning({ id: tags.id, slug: tags.slug });
    const lookup: Lookup = {
      categoryIds: new Map(insertedCategories.map((c) => [c.slug, c.id])),
      tagIds: new Map(insertedTags.map((t) => [t.slug, t.id])),
    };

    // Staggered a minute apart so "newest first" has a stable order: the list order, then the synthetic ones.
    const seededAt = Date.now();
    const minutesAgo = (n: number) => new Date(seededAt - n * 60_000);
    const handWritten = await insertProducts(tx, lookup, {
      items: PRODUCTS,
      imageUrl: (p) => productImageUrl(p.slug),
      createdAt: minutesAgo,
    });
    const relatedRows = PRODUCTS.flatMap((p) =>
      p.related.map((slug, sortOrder) => ({
        productId: lookUp(handWritten.productIds, p.slug, 'product'),
        relatedProductId: lookUp(handWritten.productIds, slug, 'related product'),
        sortOrder,
      })),
    );
    if (relatedRows.length > 0) await tx.insert(relatedProducts).values(relatedRows);
    // Ascending id order, as recordMovement asks of callers that move several variants.
    for (const { variantId, quantity } of handWritten.stock.sort((a, b) => (a.variantId < b.variantId ? -1 : 1))) {
      await recordMovement(tx, { variantId, type: 'RESTOCK', quantity, note: INITIAL_STOCK_NOTE });
    }
    let productCount = PRODUCTS.length;
    let variantCount = handWritten.variantCount;

    const extra = Math.max(0, (options.products ?? 0) - PRODUCTS.length);
    if (extra > 0) {
      const synthetic = generateSyntheticProducts(extra, new Set(PRODUCTS.map((p) => p.slug)));
      for (const batch of chunk(synthetic, BATCH_SIZE)) {
        const offset = productCount;
        const inserted = await insertProducts(tx, lookup, {
          items: batch,
          imageUrl: (p) => categoryImageUrl(p.categorySlug),
          createdAt: (index) => minutesAgo(offset + index),
        });
        await insertRestockRows(tx, inserted.stock);
        productCount += batch.length;
        variantCount += inserted.variantCount;
        if (productCount % 2_000 < BATCH_SIZE) log(`${productCount} productos…`);
      }
      await syncStockFromLedger(tx);
    }

    log(`${CATEGORIES.length} categories, ${TAGS.length} tags, ${productCount} products, ${variantCount} variants.`);
    return { created: true };
  });
}
