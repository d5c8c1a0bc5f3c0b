import { z } from 'zod';
import { errorResponses, jsonResponse, type ApiRegistrar } from '@/lib/openapi/registry';

const cents = (description: string) =>
  z
    .number()
    .int()
    .meta({ description: `${description} En centavos de COP.` });

const wishlistItemSchema = z
  .object({
    productId: z.uuid(),
    slug: z.string(),
    name: z.string(),
    imageUrl: z.string().nullable(),
    imageAlt: z.string(),
    addedAt: z.iso.datetime(),
    priceCents: cents('Lo que paga hoy esta clienta por la variante más barata (precio VIP si lo es).'),
    isFromPrice: z.boolean(),
    regularPriceCents: cents('Menor precio regular de hoy.'),
    priceCentsWhenAdded: cents('Menor precio regular cuando lo guardó.'),
    isPriceDrop: z.boolean().meta({ description: '"Bajó de precio": regularPriceCents < priceCentsWhenAdded.' }),
    priceDropCents: cents('Cuánto bajó (0 si no bajó).'),
    priceDroppedAt: z.iso
      .datetime()
      .nullable()
      .meta({ description: 'Fecha de la última rebaja desde que lo guardó, según el historial de precios.' }),
    inStock: z.boolean(),
    variants: z.array(
      z.object({
        id: z.uuid(),
        name: z.string(),
        priceCents: z.number().int(),
        isAvailable: z.boolean(),
        minOrderQuantity: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'WishlistItem' });

const savedSchema = z.object({
  productId: z.uuid(),
  isNew: z.boolean(),
  priceCentsWhenAdded: z.number().int(),
  addedAt: z.iso.datetime(),
});
const params = z.object({ productId: z.string() });

export const registerWishlistApi: ApiRegistrar = (registry) => {
  registry.registerPath({
    method: 'get',
    path: '/api/v1/wishlist',
    tags: ['Lista de deseos'],
    summary: 'Tus productos guardados',
    description: 'Los productos desactivados o eliminados no aparecen.',
    responses: {
      200: jsonResponse('La lista, lo más reciente primero.', z.object({ items: z.array(wishlistItemSchema) })),
      ...errorResponses(401),
    },
  });
  registry.registerPath({
    method: 'put',
    path: '/api/v1/wishlist/{productId}',
    tags: ['Lista de deseos'],
    summary: 'Guarda un producto (idempotente)',
    request: { params },
    responses: {
      201: jsonResponse('Guardado.', savedSchema),
      200: jsonResponse('Ya estaba guardado.', savedSchema),
      ...errorResponses(401, 404),
    },
  });
  registry.registerPath({
    method: 'delete',
    path: '/api/v1/wishlist/{productId}',
    tags: ['Lista de deseos'],
    summary: 'Quita un producto (idempotente)',
    request: { params },
    responses: { 204: { description: 'Ya no está en la lista.' }, ...errorResponses(401) },
  });
};
