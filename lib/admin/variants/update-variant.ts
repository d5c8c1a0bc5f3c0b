import { eq, sql } from 'drizzle-orm';
import type { Database, Tx } from '@/db/client';
import { productVariants, variantBulkDiscounts } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { invalidateCatalog } from '@/lib/catalog/cache-tags';
import { notFound, validationError } from '@/lib/errors';
import type { AdminActor } from '@/lib/admin/shared/admin-actor';
import { getStoreSettings } from '@/lib/settings/store-settings';
import { isUuid, parseInput } from '@/lib/validation';
import { dimensionColumns, replaceBulkDiscounts } from './insert-variants';
import { recordPriceChange } from './price-history';
import { assertSkusFree, mapSkuViolation } from './sku-conflict';
import { defaultVipPrice, updateVariantSchema, variantRuleErrors } from './variant-schemas';

type VariantRow = typeof productVariants.$inferSelect;

export const variantNotFound = () => notFound('No encontramos esa variante.');

export async function lockVariant(tx: Tx, variantId: string): Promise<VariantRow> {
  if (!isUuid(variantId)) throw variantNotFound();
  const [variant] = await tx.select().from(productVariants).where(eq(productVariants.id, variantId)).for('update');
  if (!variant) throw variantNotFound();
  return variant;
}

/** The audited view of a variant: its sellable terms, not its counters (the ledger holds those). */
function variantSnapshot(v: VariantRow, bulkDiscounts: ReadonlyArray<{ minQuantity: number; percent: number }>) {
  const {
    sku,
    name,
    priceCents,
    vipPriceCents,
    minOrderQuantity,
    maxOrderQuantity,
    lowStockThreshold,
    weightGrams,
    lengthCm,
    widthCm,
    heightCm,
    sortOrder,
  } = v;
  return {
    sku,
    name,
    priceCents,
    vipPriceCents,
    minOrderQuantity,
    maxOrderQuantity,
    lowStockThreshold,
    weightGrams,
    lengthCm,
    widthCm,
    heightCm,
    sortOrder,
    bulkDiscounts,
  };
}

/**
 * Edits a variant. The merged values pass the same rules as a new variant (VIP below price, min ≤
 * max, distinct tiers) before anything is written; a price or VIP price change appends a
 * price-history row with who and when (#29) in the same transaction. Stock is not editable here:
 * it moves only through inventory movements.
 */
export async function updateVariant(
  db: Database,
  args: { variantId: string; input: unknown; actor: AdminActor },
): Promise<VariantRow> {
  const input = parseInput(updateVariantSchema, args.input);
  const skus = input.sku ? [{ sku: input.sku, field: 'sku', exceptVariantId: args.variantId }] : [];
  try {
    return await db.transaction(async (tx) => {
      const before = await lockVariant(tx, args.variantId);
      const tiersBefore = await tx
        .select({ minQuantity: variantBulkDiscounts.minQuantity, percent: variantBulkDiscounts.percent })
        .from(variantBulkDiscounts)
        .where(eq(variantBulkDiscounts.variantId, before.id))
        .orderBy(variantBulkDiscounts.minQuantity);
      const priceCents = input.priceCents ?? before.priceCents;
      let vipPriceCents = input.vipPriceCents === undefined ? before.vipPriceCents : input.vipPriceCents;
      if (input.useDefaultVipPrice)
        vipPriceCents = defaultVipPrice(priceCents, (await getStoreSettings(tx)).vipDefaultDiscountPercent);
      const minOrderQuantity = input.minOrderQuantity ?? before.minOrderQuantity;
      const maxOrderQuantity = input.maxOrderQuantity ?? before.maxOrderQuantity;
      const rules = variantRuleErrors({
        priceCents,
        vipPriceCents,
        minOrderQuantity,
        maxOrderQuantity,
        bulkDiscounts: input.bulkDiscounts,
      });
      if (Object.keys(rules).length > 0) throw validationError(rules);
      if (skus.length > 0 && input.sku !== before.sku) await assertSkusFree(tx, skus);

      const [after] = await tx
        .update(productVariants)
        .set({
          sku: input.sku,
          name: input.name,
          priceCents,
          vipPriceCents,
          minOrderQuantity,
          maxOrderQuantity,
          lowStockThreshold: input.lowStockThreshold,
          weightGrams: input.weightGrams,
          ...dimensionColumns(input.dimensionsCm),
          sortOrder: input.sortOrder,
          updatedAt: sql`now()`,
        })
        .where(eq(productVariants.id, before.id))
        .returning();
      if (!after) throw variantNotFound();
      if (input.bulkDiscounts) await replaceBulkDiscounts(tx, after.id, input.bulkDiscounts);
      await recordPriceChange(tx, { variantId: after.id, before, after, changedBy: args.actor.id });
      await recordAudit(tx, {
        actorId: args.actor.id,
        action: 'variant.updated',
        entityType: 'variant',
        entityId: after.id,
        before: variantSnapshot(before, tiersBefore),
        after: variantSnapshot(after, input.bulkDiscounts ?? tiersBefore),
        requestId: args.actor.requestId,
      });
      await invalidateCatalog({ productIds: [after.productId], variantIds: [after.id] }, { db: tx });
      return after;
    });
  } catch (error) {
    throw mapSkuViolation(error, skus);
  }
}
