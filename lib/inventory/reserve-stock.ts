import { randomUUID } from 'node:crypto';
import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { invalidateCatalog } from '@/lib/catalog/cache-tags';
import { products, productVariants } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { productInactive } from '@/lib/cart/cart-errors';
import { enqueueEvents } from '@/lib/outbox/enqueue-event';
import { stockEvents } from './record-movement';

/** One cart line to reserve, with the prices the shopper was quoted from an unlocked read. */
export type Reservation = {
  variantId: string;
  productName: string;
  quantity: number;
  priceCents: number;
  vipPriceCents: number | null;
};

type Reserved = {
  id: string;
  stock: number;
  reserved_stock: number;
  low_stock_threshold: number;
  quantity: number;
  movement_id: string;
};

/**
 * Checkout's reservation, in ONE statement, meant to run as late in the transaction as possible so
 * the variant row locks are held only from here to commit (a hot product sells at the database's
 * pace instead of queueing behind the whole checkout):
 *
 * 1. lock the variants in ascending id order (the order every stock writer uses, see
 *    `record-movement.ts`), so multi-line carts cannot deadlock. FOR NO KEY UPDATE, not FOR UPDATE:
 *    this transaction's own order items already hold KEY SHARE locks on these rows (their foreign
 *    key), and so do those of every other checkout in flight; FOR UPDATE would wait for all of them
 *    and deadlock two checkouts that each hold a KEY SHARE the other needs;
 * 2. a conditional UPDATE: `stock - reserved >= quantity` AND the price and VIP price still equal
 *    the ones the order was priced with; PostgreSQL re-evaluates these conditions on the newest row
 *    version once the lock is granted, so they are checked under the lock. The product must still be
 *    for sale (read by this statement, so a deactivation committed before it started is seen);
 * 3. the RESERVATION ledger rows, inserted from the UPDATE's RETURNING in the same statement, so
 *    counters and ledger can never disagree.
 *
 * If any line does not pass, the caller's transaction must roll back: this throws MKT-STOCK (with the
 * same message as the unlocked pre-check) or MKT-PRICE-CHANGED after re-reading the rows to say why.
 * Low-stock events go to the outbox right after, as `recordMovements` does.
 */
export async function reserveStock(
  tx: Db,
  lines: Reservation[],
  args: { orderId: string | null; actorId: string | null },
): Promise<void> {
  if (lines.length === 0) return;
  const wanted = lines.map((l) => ({ ...l, movementId: randomUUID() }));
  const values = sql.join(
    wanted.map(
      (l) =>
        sql`(${l.variantId}::uuid, ${l.quantity}::int, ${l.priceCents}::int, ${l.vipPriceCents}::int, ${l.movementId}::uuid)`,
    ),
    sql`, `,
  );
  // Availability shows on the product pages: every instance re-renders them after commit (#23). Sent
  // BEFORE the locking statement (NOTIFY is delivered on commit only, so a refusal sends nothing): one
  // statement less while the variant rows are locked.
  await invalidateCatalog({ variantIds: wanted.map((l) => l.variantId), stockOnly: true }, { db: tx });
  const reserved = await tx.execute<Reserved>(sql`
    WITH wanted(id, quantity, price_cents, vip_price_cents, movement_id) AS (VALUES ${values}),
    locked AS (
      SELECT v.id FROM product_variants v WHERE v.id IN (SELECT id FROM wanted) ORDER BY v.id FOR NO KEY UPDATE OF v
    ),
    reserved AS (
      UPDATE product_variants v
      SET reserved_stock = v.reserved_stock + w.quantity, updated_at = now()
      FROM locked l, wanted w
      WHERE v.id = l.id AND w.id = l.id
        AND v.stock - v.reserved_stock >= w.quantity
        AND v.price_cents = w.price_cents
        AND v.vip_price_cents IS NOT DISTINCT FROM w.vip_price_cents
        AND EXISTS (SELECT 1 FROM products p WHERE p.id = v.product_id AND p.is_active AND p.deleted_at IS NULL)
      RETURNING v.id, v.stock, v.reserved_stock, v.low_stock_threshold, w.quantity, w.movement_id
    ),
    ledger AS (
      INSERT INTO inventory_movements
        (id, variant_id, type, quantity, stock_delta, reserved_delta, stock_after, reserved_after, order_id, actor_id)
      SELECT movement_id, id, 'RESERVATION', quantity, 0, quantity, stock, reserved_stock, ${args.orderId}::uuid, ${args.actorId}::uuid
      FROM reserved
    )
    SELECT id, stock, reserved_stock, low_stock_threshold, quantity, movement_id FROM reserved`);

  if (reserved.length !== wanted.length) throw await whyRefused(tx, wanted, new Set(reserved.map((r) => r.id)));

  await enqueueEvents(
    tx,
    stockEvents(
      reserved.map((r) => ({
        id: r.id,
        startAvailable: r.stock - r.reserved_stock + r.quantity,
        available: r.stock - r.reserved_stock,
        lowStockThreshold: r.low_stock_threshold,
        lastMovementId: r.movement_id,
        lastRestockMovementId: null,
      })),
    ),
  );
}

/** Re-reads the lines the conditional update refused (the transaction is about to roll back) to say why. */
async function whyRefused(tx: Db, wanted: Reservation[], reservedIds: Set<string>): Promise<AppError> {
  const refused = wanted.filter((l) => !reservedIds.has(l.variantId));
  const rows = await tx
    .select({
      id: productVariants.id,
      sku: productVariants.sku,
      stock: productVariants.stock,
      reservedStock: productVariants.reservedStock,
      priceCents: productVariants.priceCents,
      vipPriceCents: productVariants.vipPriceCents,
      isSellable: sql<boolean>`${products.isActive} AND ${products.deletedAt} IS NULL`,
    })
    .from(productVariants)
    .innerJoin(products, eq(products.id, productVariants.productId))
    .where(
      inArray(
        productVariants.id,
        refused.map((l) => l.variantId),
      ),
    );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const withdrawn = refused.find((l) => byId.get(l.variantId)?.isSellable === false);
  if (withdrawn) return productInactive(withdrawn.productName);
  const priceChanged = refused.find((l) => {
    const row = byId.get(l.variantId);
    return row && (row.priceCents !== l.priceCents || row.vipPriceCents !== l.vipPriceCents);
  });
  if (priceChanged) {
    return new AppError({
      code: 'MKT-PRICE-CHANGED',
      status: 409,
      message: `El precio de «${priceChanged.productName}» cambió. Revisa tu pedido antes de pagar.`,
      details: { variantId: priceChanged.variantId },
    });
  }
  const lines = refused.map((l) => {
    const row = byId.get(l.variantId);
    return {
      variantId: l.variantId,
      sku: row?.sku ?? null,
      productName: l.productName,
      requested: l.quantity,
      available: Math.max(0, (row?.stock ?? 0) - (row?.reservedStock ?? 0)),
    };
  });
  const first = lines[0]!;
  return new AppError({
    code: 'MKT-STOCK',
    status: 409,
    message:
      first.available === 0
        ? `«${first.productName}» se agotó.`
        : `Solo quedan ${first.available} de «${first.productName}» (pediste ${first.requested}).`,
    details: { lines },
  });
}
