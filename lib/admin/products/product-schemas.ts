import { z } from 'zod';
import { booleanish, listish, numberish } from '@/lib/admin/shared/zod-helpers';
import { createVariantSchema } from '@/lib/admin/variants/variant-schemas';

const text = (label: string, max: number) =>
  z
    .string({ error: `Escribe ${label}.` })
    .trim()
    .max(max, { error: `Máximo ${max} caracteres.` });

export const productSlugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(2, { error: 'La dirección debe tener al menos 2 caracteres.' })
  .max(100, { error: 'La dirección no puede superar 100 caracteres.' })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'Usa minúsculas, números y guiones (por ejemplo crema-de-coco).' });

/** The product fields an admin edits (not variants, images or stock, which have their own doors). */
export const productFieldsSchema = z.object({
  name: text('el nombre', 160).min(2, { error: 'Escribe el nombre (al menos 2 letras).' }),
  slug: productSlugSchema.optional(),
  description: text('la descripción', 5_000).default(''),
  benefits: text('los beneficios', 5_000).default(''),
  howToUse: text('el modo de uso', 5_000).default(''),
  whatIsIncluded: text('qué incluye', 2_000).default(''),
  categorySlug: z.string({ error: 'Elige una categoría.' }).trim().min(1, { error: 'Elige una categoría.' }),
  isActive: booleanish().default(true),
  isFeatured: booleanish().default(false),
  preparationDays: numberish(
    z
      .number({ error: 'Escribe los días de preparación.' })
      .int({ error: 'Usa días enteros.' })
      .min(0, { error: 'No puede ser negativo.' })
      .max(60, { error: 'Máximo 60 días.' }),
  ).default(0),
  tags: listish(z.string().trim().min(1).max(40, { error: 'Cada etiqueta tiene máximo 40 caracteres.' }))
    .pipe(z.array(z.string()).max(20, { error: 'Máximo 20 etiquetas.' }))
    .default([]),
  relatedProductIds: z
    .preprocess(
      (v) => (typeof v === 'string' ? [v] : v),
      z
        .array(z.uuid({ error: 'Producto relacionado inválido.' }))
        .max(12, { error: 'Máximo 12 productos relacionados.' }),
    )
    .default([]),
});

export const createProductSchema = productFieldsSchema.extend({
  variants: z
    .array(createVariantSchema, { error: 'Agrega al menos una variante.' })
    .min(1, { error: 'Agrega al menos una variante.' })
    .max(20, { error: 'Máximo 20 variantes.' }),
});

/** PATCH: any product field; absent means unchanged. */
export const updateProductSchema = z
  .object({
    name: productFieldsSchema.shape.name,
    slug: productSlugSchema,
    description: text('la descripción', 5_000),
    benefits: text('los beneficios', 5_000),
    howToUse: text('el modo de uso', 5_000),
    whatIsIncluded: text('qué incluye', 2_000),
    categorySlug: productFieldsSchema.shape.categorySlug,
    isActive: booleanish(),
    isFeatured: booleanish(),
    preparationDays: productFieldsSchema.shape.preparationDays.unwrap(),
    tags: productFieldsSchema.shape.tags.unwrap(),
    relatedProductIds: productFieldsSchema.shape.relatedProductIds.unwrap(),
  })
  .partial();

export type CreateProductInput = z.infer<typeof createProductSchema>;
export type UpdateProductInput = z.infer<typeof updateProductSchema>;

/** "Aceite de Coco Virgen" → "aceite-de-coco-virgen": accents dropped, anything else becomes a dash. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 90)
    .replace(/-+$/g, '');
}
