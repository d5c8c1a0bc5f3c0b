import { sql } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { errorFields, logger } from '@/lib/logger';

/**
 * The catalogue's cache tags, defined once. Every `'use cache'` catalogue read (cached-catalog.ts)
 * carries `catalog` plus the tags below that describe what it contains, and so does every page built
 * from it; `invalidateCatalog` maps a change to exactly those tags.
 *
 * | tag                          | carried by                                                          |
 * |------------------------------|---------------------------------------------------------------------|
 * | `catalog`                    | everything                                                          |
 * | `catalog:lists`              | any list of products: search results, category pages, home sections |
 * | `catalog:product:<id>`       | the product's detail, and any detail that shows it as related        |
 * | `catalog:variant:<id>`       | the detail of the product that owns the variant                      |
 * | `catalog:categories`         | the category list and category lookups                               |
 * | `catalog:tags`               | the tag list                                                        |
 *
 * Lists carry `catalog:lists` rather than one tag per product: a price or stock change can move a
 * product *into* a list it was not in (price range, "in stock only"), which per-product tags miss.
 */
export const CATALOG_TAGS = {
  all: 'catalog',
  lists: 'catalog:lists',
  categories: 'catalog:categories',
  tags: 'catalog:tags',
  product: (productId: string) => `catalog:product:${productId}`,
  variant: (variantId: string) => `catalog:variant:${variantId}`,
} as const;

/** PostgreSQL NOTIFY channel that carries invalidations to every process (cache-handlers/tag-state.mjs). */
export const CATALOG_CHANNEL = 'botica_catalog';

/** NOTIFY payloads must stay under 8000 bytes; bigger changes are sent as "everything". */
const MAX_PAYLOAD_BYTES = 7_500;

/** The process's tag state, created by the cache handlers Next.js loads (cache-handlers/tag-state.mjs). */
type TagState = { expire: (tags: readonly string[]) => void };
function localTagState(): TagState | undefined {
  return (globalThis as Record<symbol, TagState | undefined>)[Symbol.for('botica.cacheTagState')];
}

export type CatalogChange = {
  /** Products whose fields, images, tags, related products, visibility or rating changed. */
  productIds?: readonly string[];
  /** Variants whose price, VIP price, stock, reserved stock, limits or bulk discounts changed. */
  variantIds?: readonly string[];
  /** A category was created, renamed, reordered or deleted. */
  categories?: boolean;
  /** A tag was created, renamed or deleted. */
  tags?: boolean;
  /** Drop the whole catalogue cache (bulk imports, restores). */
  all?: boolean;
  /**
   * Only stock moved (reservations, releases, sales, returns, restocks: lib/inventory/record-movement.ts):
   * the variants' product pages are invalidated, lists are not — they refresh within their 5-second
   * `cacheLife` (next.config.js), so a busy checkout does not re-render every list on every order.
   */
  stockOnly?: boolean;
};

/** The tags a change invalidates. Any product or variant change also invalidates every list. */
export function tagsForChange(change: CatalogChange): string[] {
  if (change.all) return [CATALOG_TAGS.all];
  const tags = new Set<string>();
  for (const id of change.productIds ?? []) tags.add(CATALOG_TAGS.product(id));
  for (const id of change.variantIds ?? []) tags.add(CATALOG_TAGS.variant(id));
  if (tags.size > 0 && !change.stockOnly) tags.add(CATALOG_TAGS.lists);
  if (change.categories) {
    tags.add(CATALOG_TAGS.categories);
    tags.add(CATALOG_TAGS.lists);
  }
  if (change.tags) {
    tags.add(CATALOG_TAGS.tags);
    tags.add(CATALOG_TAGS.lists);
  }
  return [...tags];
}

/** Encodes the tags for NOTIFY, falling back to "everything" when they would not fit. */
export function encodeInvalidation(tags: readonly string[]): string {
  const payload = JSON.stringify({ tags });
  return Buffer.byteLength(payload) <= MAX_PAYLOAD_BYTES ? payload : JSON.stringify({ tags: [CATALOG_TAGS.all] });
}

export function decodeInvalidation(payload: string): string[] {
  try {
    const parsed = JSON.parse(payload) as { tags?: unknown };
    if (Array.isArray(parsed.tags) && parsed.tags.every((t) => typeof t === 'string')) return parsed.tags as string[];
  } catch {
    // fall through: an unreadable message must still invalidate something
  }
  return [CATALOG_TAGS.all];
}

/**
 * Call after any write that changes what shoppers see in the catalogue (admin product and variant
 * edits, inventory movements, reservations and their release, reviews that change the rating).
 *
 * Expires the tags in this process at once (so the writer's very next page load renders afresh), and
 * sends a PostgreSQL NOTIFY so every process and instance (this one included, again after commit)
 * expires them too: the cache handlers of cache-handlers/ listen for it. Pass your transaction as `db` to send the NOTIFY on
 * commit (PostgreSQL delivers it only if the transaction commits); without `db` it is sent on the
 * app pool immediately, so call it after your transaction has committed.
 *
 * Without a transaction, a failed NOTIFY is logged rather than thrown: the write has already
 * committed, and the 5-second expiry of availability-bearing entries bounds what other instances show.
 */
export async function invalidateCatalog(change: CatalogChange, options: { db?: Db } = {}): Promise<void> {
  await invalidateCacheTags(tagsForChange(change), options);
}

/**
 * Invalidates any cache tags (not only the catalogue's; e.g. `settings` for store settings read in a
 * `'use cache'` function) here at once and, through NOTIFY, on every process and instance — on commit
 * when `db` is your transaction. Same rules as `invalidateCatalog`.
 */
export async function invalidateCacheTags(tags: readonly string[], options: { db?: Db } = {}): Promise<void> {
  if (tags.length === 0) return;
  localTagState()?.expire(tags);
  const notify = sql`SELECT pg_notify(${CATALOG_CHANNEL}, ${encodeInvalidation(tags)})`;
  if (options.db) {
    await options.db.execute(notify);
    return;
  }
  try {
    await getDb().execute(notify);
  } catch (error) {
    logger.error({ ...errorFields(error), tags: tags.length }, 'catalog.invalidation_notify_failed');
  }
}
