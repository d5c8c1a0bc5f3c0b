import { z } from 'zod';

/**
 * `POST /api/v1/orders/{id}/cancel` body (api.md additions): optional, and when sent, only `refund`.
 * A malformed body is refused before anything changes (issue #21 finding 7).
 */
export const cancelOrderBodySchema = z.strictObject(
  {
    refund: z
      .enum(['STORE_CREDIT', 'ORIGINAL_METHOD'], { error: 'Usa STORE_CREDIT u ORIGINAL_METHOD.' })
      .default('STORE_CREDIT')
      .meta({ description: 'Cómo devolver lo pagado si el pedido ya estaba pagado.' }),
  },
  { error: 'Envía un objeto JSON.' },
);
