import { z } from 'zod';

/**
 * The zod building blocks every door shares (issue #21). PostgreSQL refuses NUL in text and a lone
 * UTF-16 surrogate cannot be encoded as UTF-8, so both are refused up front with a field message
 * instead of failing deep in a query; numbers in JSON bodies are JSON numbers (never coerced from
 * `true`, `null`, `"0x10"` or `[]`); only query strings carry digits as text, parsed strictly.
 */

export const UNSAFE_TEXT_MESSAGE = 'Contiene caracteres no permitidos.';

/** True when the text has no NUL and no lone surrogate (it can be stored and sent as UTF-8). */
export function isSafeText(text: string): boolean {
  return !text.includes('\u0000') && text.isWellFormed();
}

/** A string for any door: refuses NUL and lone surrogates with a field message. Chain `.trim()`, `.max()`… */
export function safeText(message = 'Escribe un texto.') {
  return z.string({ error: message }).refine(isSafeText, { error: UNSAFE_TEXT_MESSAGE });
}

/** A JSON-body integer: only a JSON number that is a safe integer (no coercion from strings, booleans or null). */
export function jsonInt(message = 'Escribe un número entero.') {
  return z.int({ error: message });
}

const DIGITS = /^\d{1,15}$/;

/**
 * A query-string integer: ASCII digits only (no sign, exponent, hex, spaces or decimals), bounded.
 * The generated OpenAPI schema is the inner `integer` with its bounds.
 */
export function queryInt(args: { min: number; max: number; message?: string }) {
  const message = args.message ?? `Usa un número entero de ${args.min} a ${args.max}.`;
  return z.preprocess(
    (value) => (typeof value === 'string' && DIGITS.test(value) ? Number(value) : value),
    z.int({ error: message }).min(args.min, { error: message }).max(args.max, { error: message }),
  );
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a calendar date that exists (`2024-02-29` yes, `2023-02-29` and `2024-02-30` no: never rolled over). */
export function isRealDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A `YYYY-MM-DD` date that really exists. */
export function strictDate(message = 'Usa una fecha real con el formato AAAA-MM-DD.') {
  return z.string({ error: message }).refine(isRealDate, { error: message });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuidText(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** The deepest nesting a request body may have; no form or API body here needs more than a handful. */
export const MAX_JSON_DEPTH = 32;

/**
 * Walks a parsed value without recursion (a 5,000-level body cannot overflow the stack) and returns
 * the first problem: nesting deeper than `maxDepth`, or a string (value or key) with NUL or a lone
 * surrogate, with its dotted path so the refusal names the field.
 */
export function findUnsafeValue(
  value: unknown,
  maxDepth = MAX_JSON_DEPTH,
): { kind: 'depth' | 'text'; path: string } | null {
  const stack: Array<{ value: unknown; path: string[]; depth: number }> = [{ value, path: [], depth: 0 }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    const { value: current, path, depth } = item;
    if (typeof current === 'string') {
      if (!isSafeText(current)) return { kind: 'text', path: path.join('.') || '_' };
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    if (depth >= maxDepth) return { kind: 'depth', path: path.join('.') || '_' };
    const entries = Array.isArray(current)
      ? current.map((v, i) => [String(i), v] as const)
      : Object.entries(current as Record<string, unknown>);
    for (const [key, child] of entries) {
      if (!isSafeText(key)) return { kind: 'text', path: [...path, '_key'].join('.') };
      stack.push({ value: child, path: [...path, key], depth: depth + 1 });
    }
  }
  return null;
}

/**
 * An integer that an HTML form sends as text and the API as a JSON number: a JSON integer, or a
 * string of plain digits; never `true`, `null`, `""`, `[1]`, `"1e1"` or `"0x10"`.
 */
export const formInt = queryInt;

/**
 * For doors whose service schema also reads HTML forms (where a list arrives as "a, b"): in a JSON
 * body these fields must already be arrays, so `tags: "abc"` is refused instead of becoming `["abc"]`.
 */
export function jsonArrayFieldErrors(body: unknown, fields: readonly string[]): Record<string, string> | null {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return null;
  const errors: Record<string, string> = {};
  for (const field of fields) {
    const value = (body as Record<string, unknown>)[field];
    if (value !== undefined && !Array.isArray(value)) errors[field] = 'Envía una lista (arreglo JSON).';
  }
  return Object.keys(errors).length > 0 ? errors : null;
}
