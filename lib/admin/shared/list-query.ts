import { z } from 'zod';
import { isRealDate, queryInt } from '@/lib/validation/primitives';

export const ADMIN_PAGE_SIZE = 25;

/** Page and page size as every admin list reads them from the URL or the API query. */
export const pageFields = {
  page: queryInt({ min: 1, max: 10_000, message: 'page va de 1 a 10000.' }).default(1),
  pageSize: queryInt({ min: 1, max: 100, message: 'pageSize va de 1 a 100.' }).default(ADMIN_PAGE_SIZE),
};

export const sortDirection = z.enum(['asc', 'desc']).default('desc');

/** A Bogotá calendar date (YYYY-MM-DD) that really exists. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Usa el formato AAAA-MM-DD.' })
  .refine(isRealDate, { error: 'Esa fecha no existe.' });

export type Paged<T> = { items: T[]; page: number; pageSize: number; total: number };

/** URL search params as a flat object (the first value of a repeated key), for zod. */
export function searchParamsToObject(
  params: URLSearchParams | Record<string, string | string[] | undefined>,
): Record<string, string> {
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params);
  const out: Record<string, string> = {};
  for (const [key, value] of entries) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined && first !== '' && !(key in out)) out[key] = first;
  }
  return out;
}

/** Escapes LIKE wildcards so a search for "50%" means the characters, not a pattern. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
