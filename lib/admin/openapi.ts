import { z } from 'zod';
import type { ApiRegistrar } from '@/lib/openapi/registry';
import { errorResponses, jsonResponse } from '@/lib/openapi/registry';
import { updateImageSchema } from './images/product-images';
import { isoDate } from './shared/list-query';
import { stockListQuerySchema } from './inventory/list-stock';
import { movementListQuerySchema } from './inventory/list-movements';
import { stockMovementSchema } from './inventory/record-stock-movement';
import { adminOrderListQuerySchema } from './orders/order-filters';
import { staffTransitionSchema } from './orders/transition-admin-order';
import { adminProductListQuerySchema } from './products/list-admin-products';
import { createProductSchema, updateProductSchema } from './products/product-schemas';
import { auditListQuerySchema } from './audit/list-audit-log';
import { updateUserSchema, userListQuerySchema } from './users/admin-users';
import { createVariantSchema, updateVariantSchema } from './variants/variant-schemas';
import { voucherListQuerySchema } from './vouchers/list-vouchers';
import { createVoucherSchema, updateVoucherSchema } from './vouchers/voucher-schemas';

const idParams = z.object({ id: z.uuid() });
const json = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } });
const anyJson = z.record(z.string(), z.unknown());
const page = (description: string) =>
  jsonResponse(description, z.object({ items: z.array(anyJson), page: z.int(), pageSize: z.int(), total: z.int() }));
const ADMIN = 'Solo ADMIN.';
const adminImageSchema = z
  .object({
    id: z.uuid(),
    productId: z.uuid(),
    url: z.string(),
    alt: z.string(),
    variantId: z.uuid().nullable(),
    isPrimary: z.boolean(),
    position: z.number().int().min(0).meta({ description: 'Lugar en la galería, desde 0.' }),
  })
  .meta({ id: 'AdminProductImage' });
const STAFF = 'ADMIN o STAFF.';

/** The `/api/v1/admin/*` endpoints of docs/api.md, described from the zod schemas that validate them. */
export const registerAdminApi: ApiRegistrar = (registry) => {
  const path = (
    method: 'get' | 'post' | 'patch' | 'delete',
    url: string,
    spec: {
      summary: string;
      who: string;
      body?: z.ZodType;
      query?: z.ZodObject;
      params?: boolean;
      ok: number;
      okDescription: string;
      errors: number[];
      list?: boolean;
    },
  ) =>
    registry.registerPath({
      method,
      path: `/api/v1/admin${url}`,
      tags: ['Administración'],
      summary: spec.summary,
      description: `${spec.who} Sin sesión → 401; otro rol → 403.`,
      request: {
        ...(spec.params ? { params: idParams } : {}),
        ...(spec.query ? { query: spec.query } : {}),
        ...(spec.body ? { body: json(spec.body) } : {}),
      },
      responses: {
        [spec.ok]: spec.list ? page(spec.okDescription) : jsonResponse(spec.okDescription, anyJson),
        ...errorResponses(...spec.errors),
      },
    });

  path('get', '/products', {
    summary: 'Todos los productos, incluidos inactivos y eliminados',
    who: ADMIN,
    query: adminProductListQuerySchema,
    ok: 200,
    okDescription: 'Una página de productos.',
    errors: [400, 401, 403],
    list: true,
  });
  path('post', '/products', {
    summary: 'Crea un producto con variantes (stock inicial como RESTOCK)',
    who: ADMIN,
    body: createProductSchema,
    ok: 201,
    okDescription: 'Ids del producto y sus variantes.',
    errors: [400, 401, 403, 409],
  });
  path('get', '/products/{id}', {
    summary: 'Un producto para editar',
    who: ADMIN,
    params: true,
    ok: 200,
    okDescription: 'El producto.',
    errors: [401, 403, 404],
  });
  path('patch', '/products/{id}', {
    summary: 'Edita cualquier campo del producto, incluido isActive',
    who: ADMIN,
    params: true,
    body: updateProductSchema,
    ok: 200,
    okDescription: 'El producto.',
    errors: [400, 401, 403, 404],
  });
  path('delete', '/products/{id}', {
    summary: 'Eliminación suave',
    who: ADMIN,
    params: true,
    ok: 200,
    okDescription: 'El producto.',
    errors: [401, 403, 404],
  });
  path('post', '/products/{id}/restore', {
    summary: 'Restaura un producto eliminado',
    who: ADMIN,
    params: true,
    ok: 200,
    okDescription: 'El producto.',
    errors: [401, 403, 404],
  });
  path('post', '/products/{id}/variants', {
    summary: 'Agrega una variante',
    who: ADMIN,
    params: true,
    body: createVariantSchema,
    ok: 201,
    okDescription: 'La variante.',
    errors: [400, 401, 403, 404, 409],
  });
  registry.registerPath({
    method: 'post',
    path: '/api/v1/admin/products/{id}/images',
    tags: ['Administración'],
    summary: 'Sube una imagen a la galería del producto',
    description: `${ADMIN} PNG, JPEG o WebP de hasta 5 MB, recodificada al guardarla. Sin sesión → 401; otro rol → 403.`,
    request: {
      params: idParams,
      body: {
        content: {
          'multipart/form-data': {
            schema: z.object({
              file: z.string().meta({ format: 'binary', description: 'La imagen.' }),
              alt: z.string().meta({ description: 'Texto alternativo en español (obligatorio, 3 a 200 caracteres).' }),
              variantId: z
                .uuid()
                .optional()
                .meta({ description: 'Una variante de este producto; sin ella, la imagen es de todo el producto.' }),
              isPrimary: z.enum(['true', 'false']).optional().meta({
                description: 'La vuelve la imagen principal. La primera imagen de un producto siempre lo es.',
              }),
            }),
          },
        },
      },
    },
    responses: {
      201: jsonResponse('La imagen guardada.', adminImageSchema),
      ...errorResponses(400, 401, 403, 404, 413, 415),
    },
  });
  registry.registerPath({
    method: 'patch',
    path: '/api/v1/admin/images/{id}',
    tags: ['Administración'],
    summary: 'Edita una imagen: texto alternativo, variante, orden o imagen principal',
    description: `${ADMIN} \`isPrimary: true\` desmarca la anterior en la misma transacción (siempre hay exactamente una); \`isPrimary: false\` → 400 (marca otra). \`position\` cuenta desde 0; \`move\` sube o baja un lugar.`,
    request: { params: idParams, body: { required: true, ...json(updateImageSchema) } },
    responses: {
      200: jsonResponse('La imagen.', adminImageSchema),
      ...errorResponses(400, 401, 403, 404, 409),
    },
  });
  registry.registerPath({
    method: 'delete',
    path: '/api/v1/admin/images/{id}',
    tags: ['Administración'],
    summary: 'Elimina una imagen y su archivo',
    description: `${ADMIN} Si era la principal, la siguiente de la galería pasa a serlo.`,
    request: { params: idParams },
    responses: {
      200: jsonResponse('Eliminada.', z.object({ id: z.uuid(), deleted: z.literal(true) })),
      ...errorResponses(401, 403, 404, 409),
    },
  });
  path('get', '/variants/{id}', {
    summary: 'Una variante con su historial de precios y el precio más bajo de 30 días',
    who: ADMIN,
    params: true,
    ok: 200,
    okDescription: 'La variante.',
    errors: [401, 403, 404],
  });
  path('patch', '/variants/{id}', {
    summary: 'Edita una variante (los cambios de precio quedan en el historial)',
    who: ADMIN,
    params: true,
    body: updateVariantSchema,
    ok: 200,
    okDescription: 'La variante.',
    errors: [400, 401, 403, 404, 409],
  });
  path('get', '/variants/{id}/inventory-movements', {
    summary: 'Movimientos de inventario de la variante',
    who: STAFF,
    params: true,
    query: movementListQuerySchema,
    ok: 200,
    okDescription: 'Una página de movimientos.',
    errors: [401, 403, 404],
    list: true,
  });
  path('post', '/variants/{id}/inventory-movements', {
    summary: 'Reposición o ajuste',
    who: STAFF,
    params: true,
    body: stockMovementSchema,
    ok: 201,
    okDescription: '`{ variantId, stock, reservedStock, available }`.',
    errors: [400, 401, 403, 404],
  });
  path('get', '/inventory', {
    summary: 'Tabla de stock (`filter=low|out`, `check=true` agrega la verificación del libro)',
    who: STAFF,
    query: stockListQuerySchema.extend({ check: z.enum(['true', 'false']).optional() }),
    ok: 200,
    okDescription: 'Una página de variantes.',
    errors: [400, 401, 403],
    list: true,
  });
  path('get', '/orders', {
    summary: 'Pedidos con filtros',
    who: STAFF,
    query: adminOrderListQuerySchema,
    ok: 200,
    okDescription: 'Una página de pedidos.',
    errors: [400, 401, 403],
    list: true,
  });
  path('get', '/orders/{id}', {
    summary: 'Un pedido con pagos, historial y auditoría',
    who: STAFF,
    params: true,
    ok: 200,
    okDescription: 'El pedido.',
    errors: [401, 403, 404],
  });
  path('post', '/orders/{id}/transitions', {
    summary: 'Mueve el pedido por la máquina de estados',
    who: STAFF,
    params: true,
    body: staffTransitionSchema,
    ok: 200,
    okDescription: 'El pedido.',
    errors: [400, 401, 403, 404, 409],
  });
  path('get', '/vouchers', {
    summary: 'Cupones con sus usos',
    who: ADMIN,
    query: voucherListQuerySchema,
    ok: 200,
    okDescription: 'Una página de cupones.',
    errors: [400, 401, 403],
    list: true,
  });
  path('post', '/vouchers', {
    summary: 'Crea un cupón (código en mayúsculas)',
    who: ADMIN,
    body: createVoucherSchema,
    ok: 201,
    okDescription: 'El cupón.',
    errors: [400, 401, 403],
  });
  path('get', '/vouchers/{id}', {
    summary: 'Un cupón',
    who: ADMIN,
    params: true,
    ok: 200,
    okDescription: 'El cupón.',
    errors: [401, 403, 404],
  });
  path('patch', '/vouchers/{id}', {
    summary: 'Edita o desactiva un cupón',
    who: ADMIN,
    params: true,
    body: updateVoucherSchema,
    ok: 200,
    okDescription: 'El cupón.',
    errors: [400, 401, 403, 404],
  });
  path('get', '/users', {
    summary: 'Busca cuentas',
    who: ADMIN,
    query: userListQuerySchema,
    ok: 200,
    okDescription: 'Una página de cuentas.',
    errors: [400, 401, 403],
    list: true,
  });
  path('patch', '/users/{id}', {
    summary: 'Rol y VIP',
    who: ADMIN,
    params: true,
    body: updateUserSchema,
    ok: 200,
    okDescription: 'La cuenta.',
    errors: [400, 401, 403, 404, 409],
  });
  path('get', '/metrics', {
    summary: 'Pedidos, ventas, ingresos, ticket promedio y conversión por día de Bogotá',
    who: ADMIN,
    query: z.object({
      from: isoDate
        .optional()
        .meta({ description: 'Fecha de Bogotá AAAA-MM-DD (por defecto: 29 días antes de `to`).' }),
      to: isoDate.optional().meta({ description: 'Fecha de Bogotá AAAA-MM-DD (por defecto: hoy).' }),
    }),
    ok: 200,
    okDescription:
      '`{ orders, paidOrders, revenueCents, averageOrderCents, conversionRate, byDay[], bestSellers, lowStock, queues }`.',
    errors: [400, 401, 403],
  });
  path('get', '/audit-log', {
    summary: 'Registro de auditoría',
    who: ADMIN,
    query: auditListQuerySchema,
    ok: 200,
    okDescription: 'Una página de registros.',
    errors: [400, 401, 403],
    list: true,
  });
};
