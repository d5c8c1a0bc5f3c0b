import { z } from 'zod';
import { errorResponse, errorResponses, jsonBody, jsonResponse, type ApiRegistrar } from '@/lib/openapi/registry';
import {
  moderateReviewSchema,
  moderationListQuerySchema,
  reviewListQuerySchema,
  reviewInputSchema,
} from './review-schemas';

/* Response shapes of the review endpoints (docs/api.md), for the OpenAPI document. */

const publicReviewSchema = z
  .object({
    id: z.uuid(),
    rating: z.number().int().min(1).max(5),
    title: z.string(),
    comment: z.string().meta({ description: 'Texto plano: muéstralo como texto, nunca como HTML.' }),
    authorName: z.string().meta({ example: 'Camilo P.' }),
    isVerifiedPurchase: z.boolean().meta({
      description:
        'La autora tiene un pedido entregado con este producto (aunque luego se haya reembolsado). Lo calcula el servidor.',
    }),
    createdAt: z.iso.datetime(),
    isEdited: z.boolean(),
    adminResponse: z.string().nullable().meta({ description: 'Respuesta pública de la tienda.' }),
    adminRespondedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'Review' });

const ownReviewSchema = publicReviewSchema
  .extend({ productId: z.uuid(), isVisible: z.boolean(), updatedAt: z.iso.datetime() })
  .meta({ id: 'OwnReview' });

const reviewPageSchema = z.object({
  items: z.array(publicReviewSchema),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
  sort: z.enum(['newest', 'highest', 'lowest']),
  average: z.number().meta({ description: 'Promedio de las reseñas visibles, 2 decimales (0 sin reseñas).' }),
  count: z.number().int(),
  histogram: z.object({
    1: z.number().int(),
    2: z.number().int(),
    3: z.number().int(),
    4: z.number().int(),
    5: z.number().int(),
  }),
});

const moderationItemSchema = publicReviewSchema.omit({ authorName: true, isEdited: true }).extend({
  isVisible: z.boolean(),
  updatedAt: z.iso.datetime(),
  product: z.object({ id: z.uuid(), slug: z.string(), name: z.string() }),
  author: z.object({ id: z.uuid(), name: z.string(), email: z.string() }),
});

const idParams = z.object({ id: z.string().meta({ description: 'Id de la reseña.' }) });
const slugParams = z.object({ slug: z.string() });

export const registerReviewsApi: ApiRegistrar = (registry) => {
  registry.registerPath({
    method: 'get',
    path: '/api/v1/products/{slug}/reviews',
    tags: ['Reseñas'],
    summary: 'Reseñas visibles de un producto, con promedio e histograma',
    request: { params: slugParams, query: reviewListQuerySchema },
    responses: { 200: jsonResponse('Una página de reseñas.', reviewPageSchema), ...errorResponses(400, 404, 429) },
  });
  registry.registerPath({
    method: 'post',
    path: '/api/v1/products/{slug}/reviews',
    tags: ['Reseñas'],
    summary: 'Publica tu reseña (una por producto)',
    request: {
      params: slugParams,
      body: jsonBody(reviewInputSchema, 'Título o comentario obligatorio (al menos uno).'),
    },
    responses: {
      201: jsonResponse('La reseña publicada.', ownReviewSchema),
      ...errorResponses(400, 401, 404, 429),
      409: errorResponse(409, 'Ya escribiste una reseña de este producto (`REVIEW-EXISTS`).'),
    },
  });
  registry.registerPath({
    method: 'patch',
    path: '/api/v1/reviews/{id}',
    tags: ['Reseñas'],
    summary: 'Edita tu reseña',
    description: 'Cualquier subconjunto de { rating, title, comment }. La reseña de otra persona responde 404.',
    request: {
      params: idParams,
      body: jsonBody(
        z.object({
          rating: z.number().int().min(1).max(5).optional(),
          title: z.string().optional(),
          comment: z.string().optional(),
        }),
      ),
    },
    responses: { 200: jsonResponse('La reseña editada.', ownReviewSchema), ...errorResponses(400, 401, 404, 429) },
  });
  registry.registerPath({
    method: 'delete',
    path: '/api/v1/reviews/{id}',
    tags: ['Reseñas'],
    summary: 'Elimina tu reseña',
    request: { params: idParams },
    responses: { 204: { description: 'Eliminada.' }, ...errorResponses(401, 404) },
  });
  registry.registerPath({
    method: 'get',
    path: '/api/v1/admin/reviews',
    tags: ['Administración'],
    summary: 'Reseñas para moderar (también las ocultas)',
    request: { query: moderationListQuerySchema },
    responses: {
      200: jsonResponse(
        'Una página de reseñas.',
        z.object({
          items: z.array(moderationItemSchema),
          page: z.number().int(),
          pageSize: z.number().int(),
          total: z.number().int(),
        }),
      ),
      ...errorResponses(400, 401, 403),
    },
  });
  registry.registerPath({
    method: 'patch',
    path: '/api/v1/admin/reviews/{id}',
    tags: ['Administración'],
    summary: 'Oculta o muestra una reseña y responde en público',
    description: 'ADMIN y STAFF. `adminResponse` vacío o null quita la respuesta. Queda en la auditoría.',
    request: { params: idParams, body: jsonBody(moderateReviewSchema) },
    responses: {
      200: jsonResponse(
        'El nuevo estado.',
        z.object({
          id: z.uuid(),
          productId: z.uuid(),
          isVisible: z.boolean(),
          adminResponse: z.string().nullable(),
          adminRespondedAt: z.iso.datetime().nullable(),
          rating: z.object({ average: z.number(), count: z.number().int() }).nullable(),
        }),
      ),
      ...errorResponses(400, 401, 403, 404),
    },
  });
};
