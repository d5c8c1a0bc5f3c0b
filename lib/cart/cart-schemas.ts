import { z } from 'zod';
import { jsonInt } from '@/lib/validation/primitives';

/** The variant is named by `variantId` or by its `sku` (exactly one of them), e.g. from a printed catalogue. */
export const addCartItemSchema = z
  .object({
    variantId: z.uuid({ error: 'Elige una presentación válida.' }).optional(),
    sku: z
      .string({ error: 'Escribe la referencia (SKU).' })
      .trim()
      .min(1, { error: 'Escribe la referencia (SKU).' })
      .max(60, { error: 'La referencia tiene máximo 60 caracteres.' })
      .optional()
      .meta({ description: 'La referencia de la presentación, en lugar de variantId.', example: 'LAV-30' }),
    quantity: jsonInt('La cantidad debe ser un número entero.')
      .min(1, { error: 'La cantidad mínima es 1.' })
      .max(10_000, { error: 'Cantidad demasiado grande.' }),
  })
  .superRefine((input, ctx) => {
    if ((input.variantId === undefined) === (input.sku === undefined))
      ctx.addIssue({
        code: 'custom',
        path: [input.variantId === undefined ? 'variantId' : 'sku'],
        message: 'Indica la presentación: variantId o sku, uno de los dos.',
      });
  })
  .meta({ description: 'Envía `variantId` o `sku` (no ambos) y `quantity`.' });

export const updateCartItemSchema = z.object({
  quantity: jsonInt('La cantidad debe ser un número entero.')
    .min(0, { error: 'La cantidad no puede ser negativa.' })
    .max(10_000, { error: 'Cantidad demasiado grande.' }),
});

export type AddCartItemInput = z.infer<typeof addCartItemSchema>;
