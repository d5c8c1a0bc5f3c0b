import { z } from 'zod';
import { parseInput } from '@/lib/validation';
import { queryInt } from '@/lib/validation/primitives';
import { MAX_QUERY_LENGTH, normalizeQueryText } from './search-query';
import { DEFAULT_PAGE_SIZE, MAX_PAGE, MAX_PAGE_SIZE, PRODUCT_SORTS, type ProductListQuery } from './types';

/** Highest price bound accepted (the price columns are 32-bit integers). */
const MAX_PRICE_CENTS = 2_000_000_000;

const slugSchema = z
  .string()
  .trim()
  .min(1, { error: 'Escribe un identificador.' })
  .max(120, { error: 'El identificador es demasiado largo.' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'Usa solo minúsculas, números y guiones.' });

const priceCentsSchema = queryInt({
  min: 0,
  max: MAX_PRICE_CENTS,
  message: `Escribe un número entero de centavos, de 0 a ${MAX_PRICE_CENTS}.`,
});

/** `GET /api/v1/products` query (docs/api.md). Bad values are a 400 VALIDATION naming the field. */
export const productListApiQuerySchema = z
  .object({
    q: z
      .string()
      .optional()
      .transform((v) => normalizeQueryText(v) || undefined)
      .meta({
        description: `Texto libre (español, sin distinguir tildes, acepta palabras incompletas). Se recorta a ${MAX_QUERY_LENGTH} caracteres.`,
      }),
    category: slugSchema.optional().meta({ description: 'Slug de la categoría.' }),
    tag: slugSchema.optional().meta({ description: 'Slug de la etiqueta.' }),
    minPriceCents: priceCentsSchema
      .optional()
      .meta({ description: 'Precio mínimo (de la variante más barata), en centavos.' }),
    maxPriceCents: priceCentsSchema
      .optional()
      .meta({ description: 'Precio máximo (de la variante más barata), en centavos.' }),
    inStock: z
      .enum(['true', 'false'], { error: 'Usa true o false.' })
      .optional()
      .transform((v) => v === 'true')
      .meta({ description: 'Solo productos con alguna variante disponible.' }),
    sort: z
      .enum(PRODUCT_SORTS, { error: `Usa uno de: ${PRODUCT_SORTS.join(', ')}.` })
      .default('relevance')
      .meta({ description: 'Orden. `relevance` sin `q`: destacados primero, luego los más nuevos.' }),
    page: queryInt({ min: 1, max: MAX_PAGE, message: `La página va de 1 a ${MAX_PAGE}.` })
      .default(1)
      .meta({ description: 'Página, desde 1. Pasada la última, `items` viene vacío con el `total` real.' }),
    pageSize: queryInt({ min: 1, max: MAX_PAGE_SIZE, message: 'El tamaño de página va de 1 a 100.' })
      .default(DEFAULT_PAGE_SIZE)
      .meta({ description: 'Productos por página (1–100).' }),
  })
  .refine((v) => v.minPriceCents === undefined || v.maxPriceCents === undefined || v.minPriceCents <= v.maxPriceCents, {
    path: ['maxPriceCents'],
    error: 'El precio máximo debe ser mayor o igual al mínimo.',
  });

export function parseProductListApiQuery(searchParams: URLSearchParams): ProductListQuery {
  return parseInput(productListApiQuerySchema, Object.fromEntries(searchParams));
}
