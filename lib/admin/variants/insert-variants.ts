import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { productVariants, variantBulkDiscounts } from '@/db/schema';
import { recordMovements } from '@/lib/inventory/record-movement';
import { recordPriceChange } from './price-history';
import { defaultVipPrice, type CreateVariantInput } from './variant-schemas';

export type InsertedVariant = typeof productVariants.$inferSelect;

/** Dimensions as the three numeric columns; null clears them. */
export function dimensionColumns(dimensions: { length: number; width: number; height: number } | null | undefined) {
  if (dimensions === undefined) return {};
  return {
    lengthCm: dimensions?.length ?? null,
    widthCm: dimensions?.width ?? null,
    heightCm: dimensions?.height ?? null,
  };
}

/** Replaces a variant's bulk-discount tiers with `tiers`. */
export async function replaceBulkDiscounts(
  tx: Db,
  variantId: string,
  tiers: ReadonlyArray<{ minQuantity: number; percent: number }>,
): Promise<void> {
  await tx.delete(variantBulkDiscounts).where(eq(variantBulkDiscounts.variantId, variantId));
  if (tiers.length > 0)
    await tx
      .insert(variantBulkDiscounts)
      .values(tiers.map((t) => ({ variantId, minQuantity: t.minQuantity, percent: t.percent })));
}

/**
 * Inserts already-validated variants of one product in the caller's transaction: VIP price defaulting
 * to the configured discount, bulk tiers, the first price-history row, and the initial stock as a
 * RESTOCK ledger movement (stock never appears without a movement). SKU conflicts surface as the
 * unique-index error for the caller to map.
 */
export async function insertVariants(
  tx: Db,
  args: {
    productId: string;
    variants: CreateVariantInput[];
    vipDefaultPercent: number;
    actorId: string;
    firstSortOrder?: number;
  },
): Promise<InsertedVariant[]> {
  const rows: InsertedVariant[] = [];
  for (const [index, v] of args.variants.entries()) {
    const vipPriceCents =
      v.vipPriceCents === undefined ? defaultVipPrice(v.priceCents, args.vipDefaultPercent) : v.vipPriceCents;
    const [row] = await tx
      .insert(productVariants)
      .values({
        productId: args.productId,
        sku: v.sku,
        name: v.name,
        priceCents: v.priceCents,
        vipPriceCents,
        minOrderQuantity: v.minOrderQuantity,
        maxOrderQuantity: v.maxOrderQuantity,
        lowStockThreshold: v.lowStockThreshold,
        weightGrams: v.weightGrams ?? null,
        ...dimensionColumns(v.dimensionsCm ?? null),
        sortOrder: v.sortOrder ?? (args.firstSortOrder ?? 0) + index,
      })
      .returning();
    if (!row) throw new Error('variant insert returned nothing');
    await replaceBulkDiscounts(tx, row.id, v.bulkDiscounts);
    await recordPriceChange(tx, {
      variantId: row.id,
      before: null,
      after: { priceCents: row.priceCents, vipPriceCents: row.vipPriceCents },
      changedBy: args.actorId,
    });
    rows.push(row);
  }
  const stocked = args.variants.flatMap((v, i) =>
    v.initialStock > 0 ? [{ variantId: rows[i]!.id, quantity: v.initialStock }] : [],
  );
  const results = await recordMovements(
    tx,
    stocked.map((s) => ({
      variantId: s.variantId,
      type: 'RESTOCK' as const,
      quantity: s.quantity,
      actorId: args.actorId,
      note: 'Stock inicial',
    })),
  );
  const stockById = new Map(results.map((r) => [r.variantId, r.stock]));
  return rows.map((r) => ({ ...r, stock: stockById.get(r.id) ?? r.stock }));
}
