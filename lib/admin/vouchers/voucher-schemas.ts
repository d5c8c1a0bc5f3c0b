import { z } from 'zod';
import { booleanish, numberish } from '@/lib/admin/shared/zod-helpers';
import { isRealDate } from '@/lib/validation/primitives';

/**
 * `startsAt` / `endsAt`: an ISO instant from the API, or a form's `datetime-local` value, which is a
 * Bogotá wall-clock time (Colombia is UTC−5 all year) and is read as such.
 */
const instant = z.preprocess(
  (value) => {
    if (typeof value !== 'string') return value;
    const text = value.trim();
    // The calendar date must exist: JavaScript would roll 2024-02-30 over to March 1.
    if (!isRealDate(text.slice(0, 10))) return new Date(Number.NaN);
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(text)) return new Date(`${text}-05:00`);
    if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return new Date(`${text}T00:00:00-05:00`);
    // Otherwise an ISO-8601 instant with its offset, hours 00–23 and minutes/seconds 00–59.
    if (!/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(text))
      return new Date(Number.NaN);
    return new Date(text);
  },
  z
    .date({ error: 'Escribe una fecha y hora válidas.' })
    .refine((d) => !Number.isNaN(d.getTime()), { error: 'Escribe una fecha y hora válidas.' }),
);

const count = (label: string) =>
  numberish(
    z
      .number({ error: `Escribe ${label}.` })
      .int({ error: 'Usa un número entero.' })
      .min(1, { error: 'Debe ser al menos 1.' })
      .max(1_000_000, { error: 'Es demasiado alto.' }),
  );

export const voucherFieldsSchema = z.object({
  code: z
    .string({ error: 'Escribe el código.' })
    .trim()
    .toUpperCase()
    .min(3, { error: 'El código debe tener al menos 3 caracteres.' })
    .max(40, { error: 'El código tiene máximo 40 caracteres.' })
    .regex(/^[A-Z0-9_-]+$/, { error: 'Usa letras sin tildes, números, guion o guion bajo.' }),
  description: z.string().trim().max(200, { error: 'Máximo 200 caracteres.' }).default(''),
  kind: z.enum(['PERCENT', 'FIXED'], { error: 'Elige porcentaje o valor fijo.' }),
  /** PERCENT: 1–100. FIXED: centavos of whole pesos. */
  value: numberish(
    z
      .number({ error: 'Escribe el valor del descuento.' })
      .int({ error: 'Usa un número entero.' })
      .positive({ error: 'El valor debe ser mayor que cero.' }),
  ),
  minOrderCents: numberish(
    z
      .number()
      .int()
      .min(0, { error: 'No puede ser negativo.' })
      .refine((v) => v % 100 === 0, { error: 'Debe ser en pesos enteros.' }),
  ).default(0),
  startsAt: instant.nullable().optional(),
  endsAt: instant.nullable().optional(),
  maxUses: count('el máximo de usos').nullable().optional(),
  maxUsesPerUser: count('el máximo por cliente').nullable().optional(),
  isActive: booleanish().default(true),
});

/** Rules across fields, with messages on the field to fix; checked again on the merged values of an edit. */
export function voucherRuleErrors(v: {
  kind: 'PERCENT' | 'FIXED';
  value: number;
  startsAt?: Date | null;
  endsAt?: Date | null;
  maxUses?: number | null;
  usesCount?: number;
}): Record<string, string> {
  const errors: Record<string, string> = {};
  if (v.kind === 'PERCENT' && (v.value < 1 || v.value > 100)) errors.value = 'El porcentaje va de 1 a 100.';
  if (v.kind === 'FIXED' && v.value % 100 !== 0) errors.value = 'El valor fijo debe ser en pesos enteros.';
  if (v.startsAt && v.endsAt && v.startsAt >= v.endsAt) errors.endsAt = 'El fin debe ser posterior al inicio.';
  if (v.maxUses != null && v.usesCount !== undefined && v.maxUses < v.usesCount)
    errors.maxUses = `Ya se usó ${v.usesCount} veces; el máximo no puede ser menor.`;
  return errors;
}

export const createVoucherSchema = voucherFieldsSchema;
export const updateVoucherSchema = voucherFieldsSchema.partial().extend({
  description: z.string().trim().max(200, { error: 'Máximo 200 caracteres.' }).optional(),
  isActive: booleanish().optional(),
});
