import { z } from 'zod';
import { productSlugSchema } from '@/lib/admin/products/product-schemas';

/** api.md `{ name, slug?, description?, sortOrder?, isActive? }`; strict JSON types (forms convert first). */
export const createCategorySchema = z.object({
  name: z
    .string({ error: 'Escribe el nombre.' })
    .trim()
    .min(2, { error: 'Escribe el nombre (al menos 2 letras).' })
    .max(80, { error: 'Máximo 80 caracteres.' }),
  slug: productSlugSchema.optional(),
  description: z
    .string({ error: 'La descripción debe ser texto.' })
    .trim()
    .max(1_000, { error: 'Máximo 1.000 caracteres.' })
    .default(''),
  sortOrder: z
    .number({ error: 'El orden debe ser un número entero.' })
    .int({ error: 'El orden debe ser un número entero.' })
    .min(0, { error: 'El orden no puede ser negativo.' })
    .max(100_000, { error: 'Máximo 100000.' })
    .optional(),
  isActive: z.boolean({ error: 'Visible debe ser sí o no.' }).default(true),
});

export const updateCategorySchema = z
  .object({
    name: createCategorySchema.shape.name,
    slug: productSlugSchema,
    description: z
      .string({ error: 'La descripción debe ser texto.' })
      .trim()
      .max(1_000, { error: 'Máximo 1.000 caracteres.' }),
    sortOrder: createCategorySchema.shape.sortOrder.unwrap(),
    isActive: z.boolean({ error: 'Visible debe ser sí o no.' }),
  })
  .partial();

export const moveCategorySchema = z.object({
  direction: z.enum(['up', 'down'], { error: 'Elige subir o bajar.' }),
});
