import { z } from 'zod';
import type { CategorySummary } from './list-categories';
import type { TagSummary } from './list-tags';
import type { ProductDetail, ProductListResult, ProductSummary } from './types';
import { PRODUCT_SORTS } from './types';

/*
 * Response shapes of the public catalogue API, as zod schemas so the OpenAPI document is generated
 * from them. The compile-time checks at the bottom fail the build if a schema and the service type
 * drift apart, and catalog API tests parse real responses with them.
 */

const cents = (description: string) =>
  z
    .number()
    .int()
    .meta({ description: `${description} En centavos de COP.`, example: 4_990_000 });

export const namedRefSchema = z.object({ slug: z.string(), name: z.string() });
export const ratingSchema = z.object({
  average: z.number().min(0).max(5).meta({ description: 'Promedio de reseñas visibles (0 sin reseñas).' }),
  count: z.number().int().min(0),
});

export const productSummarySchema = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    name: z.string(),
    category: namedRefSchema,
    tags: z.array(namedRefSchema),
    priceCents: cents('Precio de la variante más barata.'),
    vipPriceCents: cents('El menor precio que paga un miembro VIP, si es menor que priceCents.').nullable(),
    inStock: z.boolean(),
    rating: ratingSchema,
    imageUrl: z.string().nullable(),
    imageAlt: z.string(),
    variantCount: z.number().int().min(1),
  })
  .meta({ id: 'ProductSummary' });

export const productListSchema = z
  .object({
    items: z.array(productSummarySchema),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1).max(100),
    total: z.number().int().min(0),
    searchMode: z.enum(['none', 'fulltext', 'similar']).meta({
      description:
        '`similar` cuando la búsqueda de texto completo no encontró nada y se muestran coincidencias aproximadas (errores de tipeo).',
    }),
  })
  .meta({ id: 'ProductList' });

export const variantSchema = z
  .object({
    id: z.uuid(),
    sku: z.string(),
    name: z.string(),
    priceCents: cents('Precio regular.'),
    vipPriceCents: cents('Precio para miembros VIP.').nullable(),
    available: z.number().int().meta({ description: 'Unidades disponibles ahora (stock menos reservas).' }),
    availability: z.enum(['IN_STOCK', 'LOW_STOCK', 'OUT_OF_STOCK']),
    minOrderQuantity: z.number().int().min(1),
    maxOrderQuantity: z.number().int().min(1),
    weightGrams: z.number().int().nullable(),
    dimensionsCm: z.object({ length: z.number(), width: z.number(), height: z.number() }).nullable(),
    bulkDiscounts: z.array(
      z.object({ minQuantity: z.number().int().min(2), percent: z.number().int().min(1).max(90) }),
    ),
  })
  .meta({ id: 'ProductVariant' });

export const productDetailSchema = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    name: z.string(),
    description: z.string(),
    benefits: z.string(),
    howToUse: z.string(),
    whatIsIncluded: z.string().meta({ description: 'Qué incluye (kits), un elemento por línea; vacío si no aplica.' }),
    preparationDays: z.number().int().min(0),
    category: namedRefSchema,
    tags: z.array(namedRefSchema),
    images: z
      .array(
        z.object({
          url: z.string(),
          alt: z.string(),
          variantId: z
            .uuid()
            .nullable()
            .meta({ description: 'La variante que muestra la imagen; null si es de todo el producto.' }),
          isPrimary: z.boolean().meta({ description: 'La imagen principal del producto (exactamente una).' }),
        }),
      )
      .meta({
        description:
          'En orden de galería, la principal primero. Al elegir una variante, muestre primero las imágenes con su variantId.',
      }),
    variants: z.array(variantSchema),
    priceCents: cents('Precio de la variante más barata.'),
    vipPriceCents: cents('El menor precio VIP, si es menor que priceCents.').nullable(),
    inStock: z.boolean(),
    rating: ratingSchema,
    related: z
      .array(productSummarySchema)
      .meta({ description: 'Primero los elegidos por la tienda, luego de la misma categoría y etiquetas.' }),
  })
  .meta({ id: 'ProductDetail' });

export const categorySchema = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    name: z.string(),
    description: z.string(),
    imageUrl: z.string().nullable(),
  })
  .meta({ id: 'Category' });
export const categoryListSchema = z.object({ items: z.array(categorySchema) });

export const tagSchema = z.object({ id: z.uuid(), slug: z.string(), name: z.string() }).meta({ id: 'Tag' });
export const tagListSchema = z.object({ items: z.array(tagSchema) });

export const productSlugParamsSchema = z.object({ slug: z.string().meta({ example: 'jabon-de-avena-y-miel' }) });

export { PRODUCT_SORTS };

// ——— compile-time agreement between schemas and service types ———
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agree = <T extends true>(value: T) => value;
agree<Same<z.infer<typeof productSummarySchema>, ProductSummary>>(true);
agree<Same<z.infer<typeof productListSchema>, ProductListResult>>(true);
agree<Same<z.infer<typeof productDetailSchema>, ProductDetail>>(true);
agree<Same<z.infer<typeof categorySchema>, CategorySummary>>(true);
agree<Same<z.infer<typeof tagSchema>, TagSummary>>(true);
