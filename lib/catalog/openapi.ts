import type { ApiRegistrar } from '@/lib/openapi/registry';
import { errorResponses, jsonResponse } from '@/lib/openapi/registry';
import {
  categoryListSchema,
  productDetailSchema,
  productListSchema,
  productSlugParamsSchema,
  tagListSchema,
} from './api-schemas';
import { productListApiQuerySchema } from './list-params';

/** The public catalogue endpoints (docs/api.md), described from the same zod schemas that validate them. */
export const registerCatalogApi: ApiRegistrar = (registry) => {
  registry.registerPath({
    method: 'get',
    path: '/api/v1/products',
    tags: ['Catálogo'],
    summary: 'Busca y lista productos',
    description:
      'Búsqueda de texto completo en español sin distinguir tildes ("jabon" encuentra "Jabón"), con palabras incompletas y, si no hay resultados, coincidencias aproximadas. Productos inactivos o eliminados nunca aparecen. Limitado por IP.',
    request: { query: productListApiQuerySchema },
    responses: { 200: jsonResponse('Una página de productos.', productListSchema), ...errorResponses(400, 429) },
  });

  registry.registerPath({
    method: 'get',
    path: '/api/v1/products/{slug}',
    tags: ['Catálogo'],
    summary: 'Un producto con sus variantes, imágenes y relacionados',
    request: { params: productSlugParamsSchema },
    responses: { 200: jsonResponse('El producto.', productDetailSchema), ...errorResponses(404, 429) },
  });

  registry.registerPath({
    method: 'get',
    path: '/api/v1/categories',
    tags: ['Catálogo'],
    summary: 'Categorías',
    responses: {
      200: jsonResponse('Todas las categorías, en el orden de la tienda.', categoryListSchema),
      ...errorResponses(429),
    },
  });

  registry.registerPath({
    method: 'get',
    path: '/api/v1/tags',
    tags: ['Catálogo'],
    summary: 'Etiquetas',
    responses: { 200: jsonResponse('Todas las etiquetas, por nombre.', tagListSchema), ...errorResponses(429) },
  });
};
