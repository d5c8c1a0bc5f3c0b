import { z } from 'zod';
import { jsonInt } from '@/lib/validation/primitives';

export const addCartItemSchema = z.object({
  variantId: z.uuid({ error: 'Elige una presentación válida.' }),
  quantity: jsonInt('La cantidad debe ser un número entero.')
    .min(1, { error: 'La cantidad mínima es 1.' })
    .max(10_000, { error: 'Cantidad demasiado grande.' }),
});

export const updateCartItemSchema = z.object({
  quantity: jsonInt('La cantidad debe ser un número entero.')
    .min(0, { error: 'La cantidad no puede ser negativa.' })
    .max(10_000, { error: 'Cantidad demasiado grande.' }),
});

export type AddCartItemInput = z.infer<typeof addCartItemSchema>;
