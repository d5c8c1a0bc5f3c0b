import { inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { productVariants } from '@/db/schema';
import { PG, pgConstraint, pgErrorCode } from '@/lib/db/pg-error';
import { AppError } from '@/lib/errors';

const SKU_KEY = 'product_variants_sku_key';

/** 409 MKT-SKU-DUPLICATE (#24) with the message on every form field that holds a taken SKU. */
export function skuDuplicate(fields: Record<string, string>, skus: string[]): AppError {
  const message =
    skus.length === 1
      ? `El SKU «${skus[0]}» ya está en uso. Elige otro.`
      : `Estos SKU ya están en uso: ${skus.join(', ')}.`;
  return new AppError({ code: 'MKT-SKU-DUPLICATE', status: 409, message, details: { skus, fields } });
}

/**
 * Friendly first answer: refuses SKUs another variant already has, naming the fields. It cannot see a
 * concurrent insert, so the unique index stays the real guard (see `mapSkuViolation`).
 */
export async function assertSkusFree(
  tx: Db,
  entries: Array<{ sku: string; field: string; exceptVariantId?: string }>,
): Promise<void> {
  if (entries.length === 0) return;
  const taken = await tx
    .select({ id: productVariants.id, sku: productVariants.sku })
    .from(productVariants)
    .where(
      inArray(
        productVariants.sku,
        entries.map((e) => e.sku),
      ),
    );
  const clashes = entries.filter((e) => taken.some((t) => t.sku === e.sku && t.id !== e.exceptVariantId));
  if (clashes.length > 0) throw skuFieldsError(clashes);
}

/** Two SKUs in the same request are as much a duplicate as one already stored. */
export function assertSkusDistinct(entries: Array<{ sku: string; field: string }>): void {
  const seen = new Set<string>();
  const clashes = entries.filter((e) => (seen.has(e.sku) ? true : (seen.add(e.sku), false)));
  if (clashes.length > 0) throw skuFieldsError(clashes);
}

function skuFieldsError(clashes: Array<{ sku: string; field: string }>): AppError {
  const skus = [...new Set(clashes.map((c) => c.sku))];
  return skuDuplicate(Object.fromEntries(clashes.map((c) => [c.field, `El SKU «${c.sku}» ya está en uso.`])), skus);
}

/**
 * Two admins racing with one SKU both pass `assertSkusFree`; the unique index lets one insert win and
 * the other fails with 23505 on product_variants_sku_key, which becomes the same 409 here. PostgreSQL's
 * detail says which SKU (`Key (sku)=(ABC) already exists.`), so the right field is marked.
 */
export function mapSkuViolation(error: unknown, entries: Array<{ sku: string; field: string }>): unknown {
  if (pgErrorCode(error) !== PG.uniqueViolation || pgConstraint(error) !== SKU_KEY) return error;
  const sku = /\(sku\)=\((.*)\)/.exec(errorDetail(error) ?? '')?.[1];
  const hits = entries.filter((e) => e.sku === sku);
  return skuFieldsError(hits.length > 0 ? hits : entries.slice(0, 1));
}

function errorDetail(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const detail = (current as { detail?: unknown }).detail;
    if (typeof detail === 'string') return detail;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
