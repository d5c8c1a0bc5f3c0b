import { z } from 'zod';
import { addCartItemSchema, updateCartItemSchema } from '@/lib/cart/cart-schemas';
import { checkoutSchema } from '@/lib/checkout/checkout-schema';
import { markReadSchema } from '@/lib/notifications/mark-notifications-read';
import { cancelOrderBodySchema } from '@/lib/orders/cancel-order-schema';
import { webhookEventSchema } from '@/lib/payments/wompi/types';
import { returnDecisionSchema, requestReturnSchema } from '@/lib/returns/return-schemas';
import { resolveRefundSchema } from '@/lib/returns/resolve-refund-due';
import { queryInt } from '@/lib/validation/primitives';
import {
  errorResponse,
  errorResponses,
  IDEMPOTENCY_KEY_HEADER,
  jsonBody,
  jsonResponse,
  type ApiRegistrar,
} from './registry';

/**
 * The shopper's doors (cart, checkout, orders, payments, returns, credit, notifications, restock), the
 * admin returns and refunds, and the Wompi webhook: the endpoints of api.md the feature registrars
 * did not describe (issue #21 finding 9).
 */
const cents = z.int().meta({ description: 'Centavos de COP.' });
const idParams = z.object({ id: z.uuid() });
const pageQuery = z.object({
  page: queryInt({ min: 1, max: 10_000 }).optional(),
  pageSize: queryInt({ min: 1, max: 100 }).optional(),
});

const cartSchema = z
  .looseObject({
    id: z.uuid().nullable(),
    items: z.array(
      z.looseObject({ id: z.uuid(), variantId: z.uuid(), quantity: z.int(), unitPriceCents: cents.optional() }),
    ),
    subtotalCents: cents,
    discountCents: cents,
    totalCents: cents,
    itemCount: z.int(),
    issues: z.array(z.object({ itemId: z.uuid(), issue: z.string() })),
  })
  .meta({ id: 'Cart' });

const orderSchema = z
  .looseObject({
    id: z.uuid(),
    number: z.string(),
    status: z.string(),
    statusLabel: z.string(),
    items: z.array(z.looseObject({ id: z.uuid(), variantId: z.uuid().nullable(), quantity: z.int() })),
    subtotalCents: cents,
    discountCents: cents,
    shippingCents: cents,
    totalCents: cents,
  })
  .meta({ id: 'Order' });

const paymentSchema = z
  .object({
    provider: z.literal('wompi'),
    checkoutUrl: z.string(),
    publicKey: z.string(),
    reference: z.string(),
    amountInCents: cents,
    currency: z.literal('COP'),
    signature: z.string(),
    expirationTime: z.string().nullable(),
    redirectUrl: z.string(),
  })
  .meta({ id: 'PaymentSession' });

const listOf = (item: z.ZodType) =>
  z.object({ items: z.array(item), page: z.int(), pageSize: z.int(), total: z.int() });

export const registerStoreApi: ApiRegistrar = (registry) => {
  // Cart: guest (cart cookie) or signed-in shopper.
  registry.registerPath({
    method: 'get',
    path: '/api/v1/cart',
    tags: ['Carrito'],
    summary: 'El carrito con precios de hoy y sus problemas',
    responses: { 200: jsonResponse('El carrito (vacío si aún no hay).', cartSchema) },
  });
  registry.registerPath({
    method: 'post',
    path: '/api/v1/cart/items',
    tags: ['Carrito'],
    summary: 'Agrega un producto (suma a la línea existente)',
    description: 'Con `Idempotency-Key` una repetición agrega una sola vez y devuelve la primera respuesta.',
    request: {
      headers: z.object({ 'Idempotency-Key': IDEMPOTENCY_KEY_HEADER.optional() }),
      body: jsonBody(addCartItemSchema),
    },
    responses: {
      201: jsonResponse('El carrito.', cartSchema),
      ...errorResponses(400, 404, 409, 422, 429),
    },
  });
  registry.registerPath({
    method: 'patch',
    path: '/api/v1/cart/items/{itemId}',
    tags: ['Carrito'],
    summary: 'Cambia la cantidad de una línea (0 la quita)',
    request: { params: z.object({ itemId: z.uuid() }), body: jsonBody(updateCartItemSchema) },
    responses: { 200: jsonResponse('El carrito.', cartSchema), ...errorResponses(400, 404, 409, 422, 429) },
  });
  registry.registerPath({
    method: 'delete',
    path: '/api/v1/cart/items/{itemId}',
    tags: ['Carrito'],
    summary: 'Quita una línea',
    request: { params: z.object({ itemId: z.uuid() }) },
    responses: { 200: jsonResponse('El carrito.', cartSchema), ...errorResponses(404, 429) },
  });

  registry.registerPath({
    method: 'post',
    path: '/api/v1/checkout',
    tags: ['Compra'],
    summary: 'Crea el pedido, reserva el stock y devuelve los datos de pago de Wompi',
    description:
      'Una sola vez por `Idempotency-Key` (obligatoria). Con `useCredit` y saldo suficiente, `payment` es null.',
    request: { headers: z.object({ 'Idempotency-Key': IDEMPOTENCY_KEY_HEADER }), body: jsonBody(checkoutSchema) },
    responses: {
      201: jsonResponse('Pedido creado.', z.object({ order: orderSchema, payment: paymentSchema.nullable() })),
      ...errorResponses(400, 401, 409, 422, 429),
    },
  });

  registry.registerPath({
    method: 'get',
    path: '/api/v1/orders',
    tags: ['Pedidos'],
    summary: 'Tus pedidos, el más reciente primero',
    request: { query: pageQuery },
    responses: {
      200: jsonResponse('Una página de pedidos.', listOf(z.looseObject({ id: z.uuid() }))),
      ...errorResponses(400, 401),
    },
  });
  registry.registerPath({
    method: 'get',
    path: '/api/v1/orders/{id}',
    tags: ['Pedidos'],
    summary: 'Un pedido tuyo',
    request: { params: idParams },
    responses: { 200: jsonResponse('El pedido.', orderSchema), ...errorResponses(401, 404) },
  });
  registry.registerPath({
    method: 'post',
    path: '/api/v1/orders/{id}/cancel',
    tags: ['Pedidos'],
    summary: 'Cancela tu pedido pendiente de pago',
    request: { params: idParams, body: { ...jsonBody(cancelOrderBodySchema), required: false } },
    responses: { 200: jsonResponse('El pedido cancelado.', orderSchema), ...errorResponses(400, 401, 404, 409) },
  });
  registry.registerPath({
    method: 'post',
    path: '/api/v1/orders/{id}/payment',
    tags: ['Pedidos'],
    summary: 'Datos de pago nuevos para un pedido pendiente y vigente',
    request: { params: idParams },
    responses: {
      201: jsonResponse('Datos para el checkout de Wompi.', paymentSchema),
      ...errorResponses(401, 404, 409),
    },
  });
  registry.registerPath({
    method: 'post',
    path: '/api/v1/orders/{id}/returns',
    tags: ['Pedidos'],
    summary: 'Pide la devolución de productos de un pedido entregado',
    request: { params: idParams, body: jsonBody(requestReturnSchema) },
    responses: {
      201: jsonResponse(
        'Solicitud creada.',
        z.object({ id: z.uuid(), orderId: z.uuid(), status: z.string(), createdAt: z.iso.datetime() }),
      ),
      ...errorResponses(400, 401, 404, 409, 422),
    },
  });
  registry.registerPath({
    method: 'get',
    path: '/api/v1/payments/{transactionId}',
    tags: ['Pedidos'],
    summary: 'Resultado de un pago (la página de resultado lo consulta mientras está PENDING)',
    request: { params: z.object({ transactionId: z.string().min(1).max(100) }) },
    responses: {
      200: jsonResponse('Estado del pago.', z.looseObject({ status: z.string() })),
      ...errorResponses(401, 404),
      503: errorResponse(503, 'Wompi no responde (`MKT-PAYMENT-UNAVAILABLE`) o la base de datos no está disponible.'),
    },
  });

  registry.registerPath({
    method: 'get',
    path: '/api/v1/me/credit',
    tags: ['Cuenta'],
    summary: 'Tu saldo a favor y sus movimientos',
    responses: {
      200: jsonResponse(
        'Saldo y movimientos.',
        z.object({
          balanceCents: cents,
          entries: z.array(z.looseObject({ amountCents: cents, createdAt: z.iso.datetime() })),
        }),
      ),
      ...errorResponses(401),
    },
  });
  registry.registerPath({
    method: 'get',
    path: '/api/v1/notifications',
    tags: ['Cuenta'],
    summary: 'Tus notificaciones, las más recientes primero',
    request: { query: pageQuery },
    responses: {
      200: jsonResponse(
        'Una página de notificaciones con las no leídas.',
        listOf(
          z.looseObject({ id: z.uuid(), readAt: z.iso.datetime().nullable(), createdAt: z.iso.datetime() }),
        ).extend({
          unreadCount: z.int().optional(),
        }),
      ),
      ...errorResponses(400, 401),
    },
  });
  registry.registerPath({
    method: 'post',
    path: '/api/v1/notifications/read',
    tags: ['Cuenta'],
    summary: 'Marca como leídas las notificaciones dadas, o todas sin `ids`',
    request: { body: { ...jsonBody(markReadSchema), required: false } },
    responses: {
      200: jsonResponse(
        'Cuántas cambiaron y cuántas quedan sin leer.',
        z.object({ updated: z.int(), unreadCount: z.int() }),
      ),
      ...errorResponses(400, 401),
    },
  });
  const restockState = z.looseObject({ variantId: z.uuid(), subscribed: z.boolean() });
  registry.registerPath({
    method: 'put',
    path: '/api/v1/variants/{id}/restock-subscription',
    tags: ['Cuenta'],
    summary: '"Avísame cuando vuelva" (idempotente)',
    request: { params: idParams },
    responses: { 200: jsonResponse('Suscrita.', restockState), ...errorResponses(401, 404, 409) },
  });
  registry.registerPath({
    method: 'delete',
    path: '/api/v1/variants/{id}/restock-subscription',
    tags: ['Cuenta'],
    summary: 'Deja de esperar la variante (idempotente)',
    request: { params: idParams },
    responses: { 200: jsonResponse('Ya no está suscrita.', restockState), ...errorResponses(401, 404) },
  });

  // Admin returns and refunds.
  registry.registerPath({
    method: 'get',
    path: '/api/v1/admin/returns',
    tags: ['Administración'],
    summary: 'Solicitudes de devolución',
    description: 'ADMIN o STAFF. Sin sesión → 401; otro rol → 403.',
    request: {
      query: z.object({ status: z.enum(['REQUESTED', 'APPROVED', 'REJECTED', 'ALL']).optional() }),
    },
    responses: {
      200: jsonResponse('Las solicitudes.', z.object({ items: z.array(z.looseObject({ id: z.uuid() })) })),
      ...errorResponses(400, 401, 403),
    },
  });
  registry.registerPath({
    method: 'post',
    path: '/api/v1/admin/orders/{id}/return-decision',
    tags: ['Administración'],
    summary: 'Aprueba (con reembolso) o rechaza la devolución pedida',
    description: 'Solo ADMIN. Sin sesión → 401; otro rol → 403.',
    request: { params: idParams, body: jsonBody(returnDecisionSchema) },
    responses: {
      200: jsonResponse(
        'La decisión.',
        z.object({ id: z.uuid(), orderId: z.uuid(), status: z.string(), refundCents: cents }),
      ),
      ...errorResponses(400, 401, 403, 404, 409, 422),
    },
  });
  registry.registerPath({
    method: 'post',
    path: '/api/v1/admin/orders/{id}/refund',
    tags: ['Administración'],
    summary: 'Salda un reembolso pendiente (crédito o manual con referencia)',
    description: 'Solo ADMIN. Sin sesión → 401; otro rol → 403.',
    request: { params: idParams, body: jsonBody(resolveRefundSchema) },
    responses: {
      200: jsonResponse('Cómo se saldó.', z.looseObject({})),
      ...errorResponses(400, 401, 403, 404, 409),
    },
  });

  registry.registerPath({
    method: 'post',
    path: '/api/webhooks/wompi',
    tags: ['Sistema'],
    summary: 'Eventos de Wompi (transaction.updated)',
    description:
      'Lo llama Wompi, no los clientes. El checksum del evento (`signature.checksum` o `X-Event-Checksum`) se verifica antes de tocar la base de datos. 200 para todo evento auténtico, atendido o ignorado.',
    security: [{ wompiEventChecksum: [] }],
    request: {
      headers: z.object({
        'X-Event-Checksum': z.string().optional().meta({ description: 'SHA-256 del evento (hex).' }),
      }),
      body: jsonBody(webhookEventSchema),
    },
    responses: {
      200: jsonResponse('Evento recibido.', z.looseObject({ ok: z.literal(true), handled: z.boolean() })),
      400: errorResponse(400, 'Evento auténtico con forma inválida (`VALIDATION`).'),
      401: errorResponse(401, 'Checksum inválido (`WEBHOOK-SIGNATURE-INVALID`); nada se escribe.'),
    },
  });
};
