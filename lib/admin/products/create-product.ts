import type { Database } from '@/db/client';
import { products } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { invalidateCatalog } from '@/lib/catalog/cache-tags';
import { validationError } from '@/lib/errors';
import type { AdminActor } from '@/lib/admin/shared/admin-actor';
import { insertVariants } from '@/lib/admin/variants/insert-variants';
import { assertSkusDistinct, assertSkusFree, mapSkuViolation } from '@/lib/admin/variants/sku-conflict';
import { variantRuleErrors } from '@/lib/admin/variants/variant-schemas';
import { getStoreSettings } from '@/lib/settings/store-settings';
import { parseInput } from '@/lib/validation';
import { categoryIdBySlug, resolveProductSlug, setProductTags, setRelatedProducts } from './product-relations';
import { createProductSchema } from './product-schemas';
import { mapProductSlugViolation, productSnapshot } from './product-snapshot';

export type CreatedProduct = { id: string; slug: string; variants: Array<{ id: string; sku: string; stock: number }> };

/**
 * Creates a product with its variants, tags and related products in one transaction (issue 7):
 * initial stock enters through RESTOCK movements, every variant gets its first price-history row,
 * and the audit entry and the catalogue invalidation commit with it. Bad input is refused before
 * anything is written; a SKU taken by anyone, even a concurrent request, is 409 MKT-SKU-DUPLICATE.
 */
export async function createProduct(
  db: Database,
  args: { input: unknown; actor: AdminActor },
): Promise<CreatedProduct> {
  const input = parseInput(createProductSchema, args.input);
  const ruleErrors = Object.assign(
    {},
    ...input.variants.map((v, i) =>
      variantRuleErrors({ ...v, vipPriceCents: v.vipPriceCents ?? null }, `variants.${i}.`),
    ),
  ) as Record<string, string>;
  if (Object.keys(ruleErrors).length > 0) throw validationError(ruleErrors);
  const skus = input.variants.map((v, i) => ({ sku: v.sku, field: `variants.${i}.sku` }));
  assertSkusDistinct(skus);

  try {
    return await db.transaction(async (tx) => {
      const settings = await getStoreSettings(tx);
      const categoryId = await categoryIdBySlug(tx, input.categorySlug);
      await assertSkusFree(tx, skus);
      const slug = await resolveProductSlug(tx, { wanted: input.slug, name: input.name });
      const [product] = await tx
        .insert(products)
        .values({
          slug,
          name: input.name,
          description: input.description,
          benefits: input.benefits,
          howToUse: input.howToUse,
          whatIsIncluded: input.whatIsIncluded,
          categoryId,
          isActive: input.isActive,
          isFeatured: input.isFeatured,
          preparationDays: input.preparationDays,
        })
        .returning();
      if (!product) throw new Error('product insert returned nothing');
      const newTags = await setProductTags(tx, product.id, input.tags);
      await setRelatedProducts(tx, product.id, input.relatedProductIds);
      const variants = await insertVariants(tx, {
        productId: product.id,
        variants: input.variants,
        vipDefaultPercent: settings.vipDefaultDiscountPercent,
        actorId: args.actor.id,
      });

      await recordAudit(tx, {
        actorId: args.actor.id,
        action: 'product.created',
        entityType: 'product',
        entityId: product.id,
        after: {
          ...productSnapshot(product),
          tags: input.tags,
          relatedProductIds: input.relatedProductIds,
          variants: variants.map((v) => ({
            id: v.id,
            sku: v.sku,
            priceCents: v.priceCents,
            vipPriceCents: v.vipPriceCents,
            stock: v.stock,
          })),
        },
        requestId: args.actor.requestId,
      });
      await invalidateCatalog(
        { productIds: [product.id], variantIds: variants.map((v) => v.id), tags: newTags },
        { db: tx },
      );
      return {
        id: product.id,
        slug: product.slug,
        variants: variants.map((v) => ({ id: v.id, sku: v.sku, stock: v.stock })),
      };
    });
  } catch (error) {
    throw mapProductSlugViolation(mapSkuViolation(error, skus));
  }
}
