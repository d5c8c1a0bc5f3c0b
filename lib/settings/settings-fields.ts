import { z } from 'zod';
import { normalizeColombianPhone } from '@/lib/checkout/colombia';
import { formatCop } from '@/lib/money';

/*
 * One zod schema per setting, with the Spanish message an admin sees under the field. Strict on
 * purpose: numbers must be JSON numbers (no coercion of "30" or true), text must be text. The admin
 * form turns its strings into these types first (lib/settings/settings-form-input.ts).
 */

function wholeNumber(args: { min: number; max: number; tooLow: string; tooHigh: string }) {
  return z
    .number({ error: 'Escribe un número entero.' })
    .int({ error: 'Usa un número entero, sin decimales.' })
    .min(args.min, { error: args.tooLow })
    .max(args.max, { error: args.tooHigh });
}

/** Centavos of whole pesos, zero allowed (free shipping for everyone is a valid choice). */
function pesos(args: { maxCents: number }) {
  return z
    .number({ error: 'Escribe un valor en pesos.' })
    .int({ error: 'Debe ser en pesos enteros, sin centavos.' })
    .min(0, { error: 'No puede ser negativo.' })
    .max(args.maxCents, { error: `Máximo ${formatCop(args.maxCents)}.` })
    .refine((cents) => cents % 100 === 0, { error: 'Debe ser en pesos enteros, sin centavos.' });
}

// Control characters (NUL included) never belong in a name, an address or opening hours.
const CONTROL = /[\u0000-\u001f\u007f]/;

function text(args: { label: string; max: number }) {
  return z
    .string({ error: `Escribe ${args.label}.` })
    .trim()
    .min(1, { error: `Escribe ${args.label}.` })
    .max(args.max, { error: `Máximo ${args.max} caracteres.` })
    .refine((value) => !CONTROL.test(value), { error: 'Tiene caracteres no permitidos.' });
}

export const STORE_SETTING_FIELDS = {
  shippingFeeCents: pesos({ maxCents: 100_000_000 }),
  freeShippingThresholdCents: pesos({ maxCents: 10_000_000_000 }),
  reservationTtlMinutes: wholeNumber({
    min: 1,
    max: 24 * 60,
    tooLow: 'La reserva debe durar al menos 1 minuto.',
    tooHigh: 'La reserva puede durar máximo 24 horas (1440 minutos).',
  }),
  returnWindowDays: wholeNumber({
    min: 0,
    max: 365,
    tooLow: 'No puede ser negativo.',
    tooHigh: 'El plazo puede ser de máximo 365 días.',
  }),
  cartMaxLines: wholeNumber({ min: 1, max: 200, tooLow: 'Debe ser al menos 1.', tooHigh: 'Máximo 200 productos.' }),
  cartMaxUnitsPerLine: wholeNumber({
    min: 1,
    max: 1000,
    tooLow: 'Debe ser al menos 1.',
    tooHigh: 'Máximo 1000 unidades.',
  }),
  cartTtlDays: wholeNumber({ min: 1, max: 365, tooLow: 'Debe ser al menos 1 día.', tooHigh: 'Máximo 365 días.' }),
  vipDefaultDiscountPercent: wholeNumber({
    min: 1,
    max: 90,
    tooLow: 'El descuento va de 1 % a 90 %.',
    tooHigh: 'El descuento va de 1 % a 90 %.',
  }),
  deliveryDays: wholeNumber({ min: 0, max: 30, tooLow: 'No puede ser negativo.', tooHigh: 'Máximo 30 días hábiles.' }),
} as const;

export const storeDetailsFields = {
  name: text({ label: 'el nombre de la tienda', max: 80 }),
  address: text({ label: 'la dirección', max: 160 }),
  city: text({ label: 'la ciudad', max: 80 }),
  hours: text({ label: 'el horario', max: 160 }),
  phone: text({ label: 'el teléfono', max: 30 }).refine((value) => normalizeColombianPhone(value) !== null, {
    error: 'Escribe un teléfono colombiano: celular (300 123 4567) o fijo con indicativo (601 234 5678).',
  }),
  whatsapp: text({ label: 'el número de WhatsApp', max: 30 }).refine((value) => whatsappDigits(value) !== null, {
    error: 'Escribe un celular colombiano con WhatsApp (por ejemplo 300 123 4567).',
  }),
  email: text({ label: 'el correo de contacto', max: 120 }).refine((value) => z.email().safeParse(value).success, {
    error: 'Escribe un correo válido (por ejemplo hola@tienda.co).',
  }),
} as const;

export const storeDetailsSchema = z.object(storeDetailsFields);
export type StoreDetails = z.infer<typeof storeDetailsSchema>;

/** A Colombian mobile as WhatsApp wants it in a link: country code and number, digits only. */
export function whatsappDigits(raw: string): string | null {
  const phone = normalizeColombianPhone(raw);
  return phone && phone.startsWith('3') ? `57${phone}` : null;
}
