import { z } from 'zod';
import { createCategorySchema, updateCategorySchema } from '@/lib/admin/categories/category-schemas';
import { creditAdjustmentSchema } from '@/lib/admin/users/adjust-credit';
import { preferencesSchema } from '@/lib/notifications/preferences';
import { ownReviewsQuerySchema } from '@/lib/reviews/list-own-reviews';
import { errorResponses, jsonBody, jsonResponse, type ApiRegistrar } from './registry';

/** Issue 17's doors (docs/reference-parity.md): terms, own reviews, preferences, unsubscribe, admin categories, credit adjustments, sales report. */
const idParams = z.object({ id: z.uuid() });
const any = (id: string) => z.looseObject({}).meta({ id });
const preferencesView = z
  .object({
    email: z.object({
      orderUpdates: z.literal(true),
      restock: z.boolean(),
      priceDrops: z.boolean(),
      lowCreditReminders: z.boolean(),
    }),
    quietHours: z.object({ start: z.string(), end: z.string() }).nullable(),
  })
  .meta({ id: 'NotificationPreferences' });

export const registerReferenceParityApi: ApiRegistrar = (registry) => {
  registry.registerPath({
    method: 'get',
    path: '/api/v1/legal/terms',
    tags: ['Compra'],
    summary: 'Los términos de compra vigentes (la versión que pide el checkout)',
    responses: {
      200: jsonResponse(
        'Versión vigente.',
        z.object({ version: z.string(), title: z.string(), url: z.string(), publishedAt: z.string() }),
      ),
    },
  });
  registry.registerPath({
    method: 'get',
    path: '/api/v1/me/reviews',
    tags: ['Reseñas'],
    summary: 'Mis reseñas en todos los productos, con su estado de moderación',
    request: {
      query: ownReviewsQuerySchema,
    },
    responses: { 200: jsonResponse('Página de reseñas.', any('OwnReviewPage')), ...errorResponses(400, 401) },
  });
  registry.registerPath({
    method: 'get',
    path: '/api/v1/me/notification-preferences',
    tags: ['Notificaciones'],
    summary: 'Qué correos no esenciales recibo y mis horas de silencio',
    responses: { 200: jsonResponse('Preferencias.', preferencesView), ...errorResponses(401) },
  });
  registry.registerPath({
    method: 'put',
    path: '/api/v1/me/notification-preferences',
    tags: ['Notificaciones'],
    summary: 'Guarda las preferencias (el conjunto completo)',
    request: { body: jsonBody(preferencesSchema) },
    responses: { 200: jsonResponse('Preferencias.', preferencesView), ...errorResponses(400, 401) },
  });
  registry.registerPath({
    method: 'get',
    path: '/api/v1/unsubscribe',
    tags: ['Notificaciones'],
    summary: 'Enlace de baja de un correo: lleva a la página de confirmación',
    request: { query: z.object({ token: z.string() }) },
    responses: { 303: { description: 'Redirige a /desuscribir.' } },
  });
  registry.registerPath({
    method: 'post',
    path: '/api/v1/unsubscribe',
    tags: ['Notificaciones'],
    summary: 'Baja con un clic (RFC 8058) de una categoría de correos',
    request: { query: z.object({ token: z.string() }) },
    responses: { 200: jsonResponse('Baja hecha.', z.object({ unsubscribed: z.string() })), ...errorResponses(404) },
  });
  registry.registerPath({
    method: 'get',
    path: '/api/v1/admin/categories',
    tags: ['Admin'],
    summary: 'Categorías en el orden de la tienda, con su número de productos',
    responses: {
      200: jsonResponse('Categorías.', z.object({ items: z.array(any('AdminCategory')) })),
      ...errorResponses(401, 403),
    },
  });
  registry.registerPath({
    method: 'post',
    path: '/api/v1/admin/categories',
    tags: ['Admin'],
    summary: 'Crea una categoría',
    request: { body: jsonBody(createCategorySchema) },
    responses: { 201: jsonResponse('Creada.', any('Category')), ...errorResponses(400, 401, 403, 409) },
  });
  registry.registerPath({
    method: 'patch',
    path: '/api/v1/admin/categories/{id}',
    tags: ['Admin'],
    summary: 'Edita, reordena u oculta una categoría',
    request: { params: idParams, body: jsonBody(updateCategorySchema) },
    responses: { 200: jsonResponse('La categoría.', any('AdminCategory')), ...errorResponses(400, 401, 403, 404, 409) },
  });
  registry.registerPath({
    method: 'delete',
    path: '/api/v1/admin/categories/{id}',
    tags: ['Admin'],
    summary: 'Elimina una categoría sin productos (MKT-CATEGORY-IN-USE si tiene)',
    request: { params: idParams },
    responses: {
      200: jsonResponse('Eliminada.', z.object({ id: z.uuid(), deleted: z.literal(true) })),
      ...errorResponses(401, 403, 404, 409),
    },
  });
  registry.registerPath({
    method: 'post',
    path: '/api/v1/admin/users/{id}/credit-adjustments',
    tags: ['Admin'],
    summary: 'Ajusta el saldo a favor de un cliente (con motivo, tope y auditoría)',
    request: { params: idParams, body: jsonBody(creditAdjustmentSchema(500_000_000)) },
    responses: {
      201: jsonResponse('Nuevo saldo.', z.object({ balanceCents: z.int() })),
      ...errorResponses(400, 401, 403, 404, 409, 422, 429),
    },
  });
  registry.registerPath({
    method: 'get',
    path: '/api/v1/admin/reports/sales',
    tags: ['Admin'],
    summary: 'Reporte de ventas; format=csv descarga la tabla por producto',
    request: {
      query: z.object({
        from: z.string().optional(),
        to: z.string().optional(),
        format: z.enum(['json', 'csv']).optional(),
      }),
    },
    responses: { 200: jsonResponse('Reporte.', any('SalesReport')), ...errorResponses(400, 401, 403, 429) },
  });
};
