import { validationError } from '@/lib/errors';
import { parsePesos } from './pesos';

/**
 * FormData with dotted names (`variants.0.sku`, `bulkDiscounts.1.percent`) as a nested object, the
 * shape the JSON API takes. Blank inputs are left out so "not given" means the same on both doors;
 * a name sent several times (multi-select) becomes an array. Files are ignored: uploads have their own door.
 */
export function formDataToObject(form: FormData): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [name, raw] of form.entries()) {
    if (typeof raw !== 'string' || name.startsWith('$ACTION')) continue;
    const value = raw.trim();
    if (value === '') continue;
    const path = name.split('.');
    let node: Record<string, unknown> = root;
    path.forEach((segment, index) => {
      const isLast = index === path.length - 1;
      if (isLast) {
        const existing = node[segment];
        node[segment] =
          existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
        return;
      }
      const nextIsIndex = /^\d+$/.test(path[index + 1] ?? '');
      node[segment] ??= nextIsIndex ? [] : {};
      node = node[segment] as Record<string, unknown>;
    });
  }
  return compactArrays(root) as Record<string, unknown>;
}

/** Removed rows leave holes in `variants.3` numbering; the API wants dense arrays. */
function compactArrays(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== undefined).map(compactArrays);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, compactArrays(v)]));
  return value;
}

/**
 * Form fields typed in pesos are named like their API field without `Cents` (`price` → `priceCents`).
 * Converts them in place (integer math only) and refuses, with a field message, anything that is not
 * whole pesos, so nothing reaches a service in the wrong unit.
 */
export function convertPesoFields(
  input: Record<string, unknown>,
  pesoKeys: readonly string[],
): Record<string, unknown> {
  const errors: Record<string, string> = {};
  const walk = (node: unknown, path: string[]): unknown => {
    if (Array.isArray(node)) return node.map((child, i) => walk(child, [...path, String(i)]));
    if (!node || typeof node !== 'object') return node;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
      if (pesoKeys.includes(key) && typeof value === 'string') {
        const cents = parsePesos(value);
        if (cents === null)
          errors[[...path, key].join('.')] = 'Escribe un valor en pesos, sin centavos (por ejemplo 49.900).';
        out[`${key}Cents`] = cents;
      } else {
        out[key] = walk(value, [...path, key]);
      }
    }
    return out;
  };
  const converted = walk(input, []) as Record<string, unknown>;
  if (Object.keys(errors).length > 0) throw validationError(errors);
  return converted;
}

/** Service field messages (`variants.0.priceCents`) under the names the form uses (`variants.0.price`). */
export function toFormFieldNames(fields: Record<string, string> | undefined): Record<string, string> | undefined {
  if (!fields) return undefined;
  return Object.fromEntries(
    Object.entries(fields).map(([key, message]) => [key.replace(/Cents(?=$|\.)/g, ''), message]),
  );
}

/** A checkbox is "on" when present; absent means off (browsers do not send unchecked boxes). */
export function isChecked(form: FormData, name: string): boolean {
  return form.get(name) !== null;
}

/** Variants whose "sin precio VIP" box is ticked send `vipPriceCents: null`; a blank VIP price takes the configured %. */
export function applyNoVipBoxes(input: Record<string, unknown>): Record<string, unknown> {
  if (!Array.isArray(input.variants)) return input;
  return {
    ...input,
    variants: (input.variants as Array<Record<string, unknown>>).map(({ noVip, ...v }) =>
      noVip ? { ...v, vipPriceCents: null } : v,
    ),
  };
}
