import { z } from 'zod';

export const ADMIN_PAGE_SIZE = 25;

/** Page and page size as every admin list reads them from the URL or the API query. */
export const pageFields = {
  page: z.coerce
    .number({ error: 'page debe ser un número.' })
    .int()
    .min(1, { error: 'page debe ser 1 o más.' })
    .max(10_000)
    .default(1),
  pageSize: z.coerce
    .number({ error: 'pageSize debe ser un número.' })
    .int()
    .min(1)
    .max(100, { error: 'pageSize va de 1 a 100.' })
    .default(ADMIN_PAGE_SIZE),
};

export const sortDirection = z.enum(['asc', 'desc']).default('desc');

/** A Bogotá calendar date (YYYY-MM-DD) that really exists. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Usa el formato AAAA-MM-DD.' })
  .refine(
    (v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
    { error: 'Esa fecha no existe.' },
  );

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
