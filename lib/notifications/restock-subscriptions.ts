import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { productVariants, products, restockSubscriptions } from '@/db/schema';
import { AppError, notFound } from '@/lib/errors';
import { isUuid } from '@/lib/validation';

export type RestockSubscriptionState = { variantId: string; subscribed: boolean; subscribedAt: string | null };

const variantNotFound = () => notFound('No encontramos ese producto.');

/** A variant a shopper can see (active, not deleted product), or 404. */
async function loadVisibleVariant(db: Db, variantId: string) {
  const variant = await loadVariant(db, variantId);
  if (!variant.isActive || variant.deletedAt) throw variantNotFound();
  return { id: variant.id, available: variant.stock - variant.reservedStock };
}

async function loadVariant(db: Db, variantId: string) {
  if (!isUuid(variantId)) throw variantNotFound();
  const [variant] = await db
    .select({
      id: productVariants.id,
      stock: productVariants.stock,
      reservedStock: productVariants.reservedStock,
      isActive: products.isActive,
      deletedAt: products.deletedAt,
    })
    .from(productVariants)
    .innerJoin(products, eq(products.id, productVariants.productId))
    .where(eq(productVariants.id, variantId));
  if (!variant) throw variantNotFound();
  return variant;
}

async function activeSubscription(db: Db, args: { userId: string; variantId: string }) {
  const [row] = await db
    .select({ createdAt: restockSubscriptions.createdAt })
    .from(restockSubscriptions)
    .where(
      and(
        eq(restockSubscriptions.userId, args.userId),
        eq(restockSubscriptions.variantId, args.variantId),
        isNull(restockSubscriptions.notifiedAt),
      ),
    );
  return row ?? null;
}

/**
 * "Avísame cuando vuelva" (#31): only for a variant that is out of stock now (otherwise the shopper
 * can simply buy it, and would never be told). Idempotent: subscribing twice keeps one subscription.
 */
export async function subscribeToRestock(
  db: Db,
  args: { userId: string; variantId: string },
): Promise<RestockSubscriptionState> {
  const variant = await loadVisibleVariant(db, args.variantId);
  if (variant.available > 0) {
    throw new AppError({
      code: 'MKT-STATE',
      status: 409,
      message: 'Este producto ya está disponible: puedes agregarlo al carrito.',
      details: { available: variant.available },
    });
  }
  // The partial unique index (one active subscription per shopper and variant) decides under races.
  await db.insert(restockSubscriptions).values({ userId: args.userId, variantId: variant.id }).onConflictDoNothing();
  const row = await activeSubscription(db, { userId: args.userId, variantId: variant.id });
  return { variantId: variant.id, subscribed: row !== null, subscribedAt: row?.createdAt.toISOString() ?? null };
}

/** Stops the notice. Idempotent, and allowed even for a product unlisted since (only the id must exist). */
export async function unsubscribeFromRestock(
  db: Db,
  args: { userId: string; variantId: string },
): Promise<RestockSubscriptionState> {
  const variant = await loadVariant(db, args.variantId);
  await db
    .delete(restockSubscriptions)
    .where(
      and(
        eq(restockSubscriptions.userId, args.userId),
        eq(restockSubscriptions.variantId, variant.id),
        isNull(restockSubscriptions.notifiedAt),
      ),
    );
  return { variantId: variant.id, subscribed: false, subscribedAt: null };
}

/**
 * The product page's "¿te avisamos?" state for one variant. Not an existence check (the island asks
 * for variants of a cached page), but an id that cannot be a variant is a 404 like the PUT and DELETE,
 * never a 200 echoing it back (the fuzz suite found `GET …/variants/-1/restock-subscription` → 200).
 */
export async function getRestockSubscription(
  db: Db,
  args: { userId: string; variantId: string },
): Promise<{ variantId: string; subscribed: boolean }> {
  if (!isUuid(args.variantId)) throw variantNotFound();
  const waiting = await listRestockSubscriptions(db, { userId: args.userId, variantIds: [args.variantId] });
  return { variantId: args.variantId, subscribed: waiting.has(args.variantId) };
}

/** Which of these variants the user is waiting for (the product page's initial button state). */
export async function listRestockSubscriptions(
  db: Db,
  args: { userId: string; variantIds: string[] },
): Promise<Set<string>> {
  const ids = args.variantIds.filter(isUuid);
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ variantId: restockSubscriptions.variantId })
    .from(restockSubscriptions)
    .where(
      and(
        eq(restockSubscriptions.userId, args.userId),
        inArray(restockSubscriptions.variantId, ids),
        isNull(restockSubscriptions.notifiedAt),
      ),
    );
  return new Set(rows.map((r) => r.variantId));
}
