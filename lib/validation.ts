import type { z } from 'zod';
import { validationError } from './errors';
import { findUnsafeValue, UNSAFE_TEXT_MESSAGE } from './validation/primitives';

/**
 * Parses with zod and turns failures into a 400 VALIDATION AppError with one Spanish message per field.
 * Every door's input passes here, so text PostgreSQL cannot store (NUL, lone surrogates) and absurd
 * nesting are refused once for every field, before any schema or query sees them (issue #21).
 */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const unsafe = findUnsafeValue(input);
  if (unsafe) {
    throw validationError({
      [unsafe.path]: unsafe.kind === 'text' ? UNSAFE_TEXT_MESSAGE : 'Datos anidados demasiado profundos.',
    });
  }
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.length > 0 ? issue.path.join('.') : '_';
    fields[key] ??= issue.message;
  }
  throw validationError(fields);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids in URLs are opaque to callers; a malformed one is simply "not found", never a database error. */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}
