import { eventType } from 'inngest';
import { z } from 'zod';
import { orderStatus } from '@/db/schema/orders';

/**
 * The events the outbox carries, with their payloads. Written by lib/ services in the same
 * transaction as the state change (lib/outbox/enqueue-event.ts), relayed to Inngest or to the
 * embedded handlers. The schemas have no transforms or defaults: Inngest requires input = output.
 */
const uuid = z.string().uuid();
const status = z.enum(orderStatus.enumValues);

export const orderCreatedSchema = z.object({
  orderId: uuid,
  userId: uuid,
  reservationExpiresAt: z.string().datetime({ offset: true }).nullable(),
  totalCents: z.number().int().nonnegative(),
});

export const orderStatusChangedSchema = z.object({
  orderId: uuid,
  userId: uuid,
  from: status.nullable(),
  to: status,
  reason: z.string().nullable(),
  cancellationReason: z.string().nullable(),
  trackingNumber: z.string().nullable(),
  /** The nth time the order reached `to` (returns can repeat); absent means the first. */
  occurrence: z.number().int().min(1).optional(),
});

/** Embedded runner only: the delayed twin of Inngest's `sleepUntil` in the expiry function. */
export const reservationDueSchema = z.object({ orderId: uuid });

export const lowStockSchema = z.object({
  variantId: uuid,
  movementId: uuid,
  available: z.number().int(),
  threshold: z.number().int().nonnegative(),
});

export const restockedSchema = z.object({
  variantId: uuid,
  movementId: uuid,
  available: z.number().int().positive(),
});

export const paymentFailedSchema = z.object({
  orderId: uuid,
  userId: uuid,
  status: z.enum(['DECLINED', 'ERROR', 'VOIDED']),
  transactionId: z.string().optional(),
});

export const refundDueSchema = z.object({
  orderId: uuid,
  userId: uuid,
  issue: z.string(),
  amountCents: z.number().int(),
});

export const EVENT = {
  orderCreated: 'order/created',
  orderStatusChanged: 'order/status.changed',
  reservationDue: 'order/reservation.due',
  lowStock: 'inventory/low-stock',
  restocked: 'inventory/restocked',
  paymentFailed: 'payment/failed',
  refundDue: 'order/refund.due',
} as const;

export const orderCreated = eventType(EVENT.orderCreated, { schema: orderCreatedSchema });
export const orderStatusChanged = eventType(EVENT.orderStatusChanged, { schema: orderStatusChangedSchema });
export const inventoryLowStock = eventType(EVENT.lowStock, { schema: lowStockSchema });
export const inventoryRestocked = eventType(EVENT.restocked, { schema: restockedSchema });
export const paymentFailed = eventType(EVENT.paymentFailed, { schema: paymentFailedSchema });
export const refundDue = eventType(EVENT.refundDue, { schema: refundDueSchema });

export type OrderCreatedData = z.infer<typeof orderCreatedSchema>;
export type OrderStatusChangedData = z.infer<typeof orderStatusChangedSchema>;
export type LowStockData = z.infer<typeof lowStockSchema>;
export type RestockedData = z.infer<typeof restockedSchema>;
