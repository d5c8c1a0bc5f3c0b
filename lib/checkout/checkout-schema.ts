import { z } from 'zod';
import { COLOMBIAN_DEPARTMENTS } from './colombia';

export const addressSchema = z.object({
  line1: z.string({ error: 'Escribe la dirección.' }).trim().max(200, { error: 'La dirección es demasiado larga.' }),
  city: z
    .string({ error: 'Escribe la ciudad.' })
    .trim()
    .max(80, { error: 'El nombre de la ciudad es demasiado largo.' }),
  department: z.string({ error: 'Elige el departamento.' }).trim(),
  phone: z.string({ error: 'Escribe un teléfono.' }).trim().max(30),
  notes: z.string().trim().max(300, { error: 'Las indicaciones no pueden superar 300 caracteres.' }).optional(),
});

/** What a shopper may send at checkout. Prices, totals and statuses are not fields: the server computes them. */
export const checkoutSchema = z.object({
  deliveryOption: z.enum(['PICKUP', 'DELIVERY'], { error: 'Elige recoger en el spa o envío a domicilio.' }),
  address: addressSchema.optional(),
  voucherCode: z
    .string()
    .trim()
    .max(40, { error: 'Código demasiado largo.' })
    .optional()
    .transform((v) => (v ? v : undefined)),
  useCredit: z.boolean().optional().default(false),
  expectedTotalCents: z.number().int().min(0).optional(),
});

export type CheckoutInput = z.infer<typeof checkoutSchema>;
export type AddressInput = z.infer<typeof addressSchema>;

export const DEPARTMENT_SET = new Set<string>(COLOMBIAN_DEPARTMENTS);
