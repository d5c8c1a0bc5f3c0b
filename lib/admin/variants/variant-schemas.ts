import { z } from 'zod';
import { booleanish, centsField, numberish } from '@/lib/admin/shared/zod-helpers';
import { percentOf } from '@/lib/money';

export const MAX_ORDER_QUANTITY_LIMIT = 1_000;

export const skuSchema = z
  .string({ error: 'Escribe el SKU.' })
  .trim()
  .toUpperCase()
  .min(2, { error: 'El SKU debe tener al menos 2 caracteres.' })
  .max(64, { error: 'El SKU no puede superar 64 caracteres.' })
  .regex(/^[A-Z0-9][A-Z0-9._-]*$/, { error: 'Usa solo letras, números, punto, guion o guion bajo en el SKU.' });

const quantity = (label: string, min: number, max: number) =>
  numberish(
    z
      .number({ error: `Escribe ${label}.` })
      .int({ error: `${label} debe ser un número entero.` })
      .min(min, { error: `${label} debe ser al menos ${min}.` })
      .max(max, { error: `${label} no puede superar ${max}.` }),
  );

const dimension = numberish(
  z
    .number({ error: 'Escribe la medida en centímetros.' })
    .positive({ error: 'La medida debe ser mayor que cero.' })
    .max(9_999.9, { error: 'La medida es demasiado grande.' })
    .refine((v) => Math.round(v * 10) === v * 10, { error: 'Usa como máximo un decimal.' }),
);

export const bulkTierSchema = z.object({
  minQuantity: quantity('La cantidad mínima del descuento', 2, MAX_ORDER_QUANTITY_LIMIT),
  percent: quantity('El porcentaje', 1, 90),
});

/** The variant fields shared by create and edit; cross-field rules live in `variantRuleErrors`. */
export const variantFieldsSchema = z.object({
  sku: skuSchema,
  name: z
    .string({ error: 'Escribe el nombre de la variante.' })
    .trim()
    .min(1, { error: 'Escribe el nombre de la variante.' })
    .max(120, { error: 'El nombre no puede superar 120 caracteres.' }),
  priceCents: numberish(centsField('el precio')),
  /** Absent: the configured VIP discount; null: no VIP price. */
  vipPriceCents: numberish(centsField('el precio VIP')).nullable().optional(),
  minOrderQuantity: quantity('La cantidad mínima por pedido', 1, MAX_ORDER_QUANTITY_LIMIT).default(1),
  maxOrderQuantity: quantity('La cantidad máxima por pedido', 1, MAX_ORDER_QUANTITY_LIMIT).default(100),
  lowStockThreshold: quantity('El umbral de stock bajo', 0, 100_000).default(5),
  weightGrams: quantity('El peso', 1, 1_000_000).nullable().optional(),
  dimensionsCm: z
    .object({ length: dimension, width: dimension, height: dimension }, { error: 'Escribe largo, ancho y alto.' })
    .nullable()
    .optional(),
  bulkDiscounts: z.array(bulkTierSchema).max(10, { error: 'Máximo 10 niveles de descuento.' }).default([]),
  sortOrder: quantity('El orden', 0, 1_000).optional(),
});

export const createVariantSchema = variantFieldsSchema.extend({
  initialStock: quantity('El stock inicial', 0, 100_000).default(0),
});

/** PATCH: every field optional; `useDefaultVipPrice` recomputes the VIP price from the configured %. */
export const updateVariantSchema = variantFieldsSchema
  .omit({ minOrderQuantity: true, maxOrderQuantity: true, lowStockThreshold: true, bulkDiscounts: true })
  .partial()
  .extend({
    minOrderQuantity: quantity('La cantidad mínima por pedido', 1, MAX_ORDER_QUANTITY_LIMIT).optional(),
    maxOrderQuantity: quantity('La cantidad máxima por pedido', 1, MAX_ORDER_QUANTITY_LIMIT).optional(),
    lowStockThreshold: quantity('El umbral de stock bajo', 0, 100_000).optional(),
    bulkDiscounts: z.array(bulkTierSchema).max(10, { error: 'Máximo 10 niveles de descuento.' }).optional(),
    useDefaultVipPrice: booleanish().optional(),
  });

export type CreateVariantInput = z.infer<typeof createVariantSchema>;
export type UpdateVariantInput = z.infer<typeof updateVariantSchema>;

type VariantRules = {
  priceCents: number;
  vipPriceCents: number | null;
  minOrderQuantity: number;
  maxOrderQuantity: number;
  bulkDiscounts?: ReadonlyArray<{ minQuantity: number; percent: number }>;
};

/**
 * The rules that span fields (issue 7, "bad input"), checked on the merged values so create and
 * edit refuse the same things, with messages on the fields an admin would fix. The CHECK constraints
 * on product_variants hold the same rules in the database.
 */
export function variantRuleErrors(v: VariantRules, prefix = ''): Record<string, string> {
  const errors: Record<string, string> = {};
  if (v.vipPriceCents !== null && v.vipPriceCents >= v.priceCents)
    errors[`${prefix}vipPriceCents`] = 'El precio VIP debe ser menor que el precio normal.';
  if (v.minOrderQuantity > v.maxOrderQuantity)
    errors[`${prefix}maxOrderQuantity`] = 'La cantidad máxima no puede ser menor que la mínima.';
  const seen = new Set<number>();
  v.bulkDiscounts?.forEach((tier, i) => {
    if (seen.has(tier.minQuantity))
      errors[`${prefix}bulkDiscounts.${i}.minQuantity`] = 'Ya hay un descuento desde esa cantidad.';
    seen.add(tier.minQuantity);
  });
  return errors;
}

/** The configured VIP discount applied to a price, floored to whole pesos; null when it rounds to nothing. */
export function defaultVipPrice(priceCents: number, percent: number): number | null {
  const discount = percentOf(priceCents, percent);
  const vip = priceCents - discount;
  return discount > 0 && vip > 0 ? vip : null;
}
