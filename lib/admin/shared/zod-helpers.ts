import { z } from 'zod';

/**
 * Numbers arrive as JSON numbers from the API and as strings from forms. Only a string that is
 * plainly a number becomes one (a decimal comma is read as a point); anything else reaches zod
 * unchanged and gets its field message. `z.coerce` would silently turn `true` or `null` into numbers.
 */
export function numberish<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => {
    if (typeof value !== 'string') return value;
    const text = value.trim().replace(',', '.');
    return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : value;
  }, schema);
}

/** Checkbox and JSON booleans alike: "on", "true" and "1" are true; "false" and "0" are false. */
export function booleanish() {
  return z.preprocess(
    (value) => {
      if (value === 'on' || value === 'true' || value === '1') return true;
      if (value === 'false' || value === '0') return false;
      return value;
    },
    z.boolean({ error: 'Debe ser sí o no.' }),
  );
}

/** A list typed as "a, b, c" in a form or sent as an array by the API. */
export function listish<T extends z.ZodType>(item: T) {
  return z.preprocess((value) => {
    if (typeof value !== 'string') return value;
    return value
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
  }, z.array(item));
}

/** Whole-peso centavos: positive and a multiple of 100, like every price column's CHECK. */
export function centsField(label: string) {
  return z
    .number({ error: `Escribe ${label}.` })
    .int({ error: `${capitalize(label)} debe ser en pesos enteros.` })
    .positive({ error: `${capitalize(label)} debe ser mayor que cero.` })
    .max(100_000_000_00, { error: `${capitalize(label)} es demasiado alto.` })
    .refine((cents) => cents % 100 === 0, { error: `${capitalize(label)} debe ser en pesos enteros, sin centavos.` });
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
