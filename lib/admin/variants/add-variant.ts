import { eq, max } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { productVariants } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { invalidateCatalog } from '@/lib/catalog/cache-tags';
import { validationError } from '@/lib/errors';
import type { AdminActor } from '@/lib/admin/shared/admin-actor';
import { lockProduct } from '@/lib/admin/products/update-product';
import { getStoreSettings } from '@/lib/settings/store-settings';
import { parseInput } from '@/lib/validation';
import { insertVariants, type InsertedVariant } from './insert-variants';
import { assertSkusFree, mapSkuViolation } from './sku-conflict';
import { createVariantSchema, variantRuleErrors } from './variant-schemas';

/** Adds a variant to a product (its initial stock as a RESTOCK movement, its first price-history row). */
export async function addVariant(
  db: Database,
  args: { productId: string; input: unknown; actor: AdminActor },
): Promise<InsertedVariant> {
  const input = parseInput(createVariantSchema, args.input);
  const rules = variantRuleErrors({ ...input, vipPriceCents: input.vipPriceCents ?? null });
  if (Object.keys(rules).length > 0) throw validationError(rules);
  const skus = [{ sku: input.sku, field: 'sku' }];
  try {
    return await db.transaction(async (tx) => {
      const product = await lockProduct(tx, args.productId);
      await assertSkusFree(tx, skus);
      const settings = await getStoreSettings(tx);
      const [last] = await tx
        .select({ n: max(productVariants.sortOrder) })
        .from(productVariants)
        .where(eq(productVariants.productId, product.id));
      const [variant] = await insertVariants(tx, {
        productId: product.id,
        variants: [input],
        vipDefaultPercent: settings.vipDefaultDiscountPercent,
        actorId: args.actor.id,
        firstSortOrder: (last?.n ?? -1) + 1,
      });
      if (!variant) throw new Error('variant insert returned nothing');
      await recordAudit(tx, {
        actorId: args.actor.id,
        action: 'variant.created',
        entityType: 'variant',
        entityId: variant.id,
        after: {
          productId: product.id,
          sku: variant.sku,
          name: variant.name,
          priceCents: variant.priceCents,
          vipPriceCents: variant.vipPriceCents,
          stock: variant.stock,
        },
        requestId: args.actor.requestId,
      });
      await invalidateCatalog({ productIds: [product.id], variantIds: [variant.id] }, { db: tx });
      return variant;
    });
  } catch (error) {
    throw mapSkuViolation(error, skus);
  }
}
