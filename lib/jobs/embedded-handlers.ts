import type { z } from 'zod';
import type { Database } from '@/db/client';
import {
  EVENT,
  lowStockSchema,
  orderCreatedSchema,
  orderStatusChangedSchema,
  paymentFailedSchema,
  refundDueSchema,
  reservationDueSchema,
  restockedSchema,
} from '@/inngest/events';
import type { Logger } from '@/lib/logger';
import type { DeliveryResult, OutboxDeliverer, OutboxMessage } from '@/lib/outbox/relay-outbox';
import { alertLowStock } from './alert-low-stock';
import { expireOrderReservation, scheduleReservationExpiry } from './expire-order-reservation';
import { notifyOrderStatus } from './notify-order-status';
import { notifyPaymentDeclined } from './notify-payment-declined';
import { notifyRefundDue } from './notify-refund-due';
import { notifyRestock } from './notify-restock';

type Outcome = void | { deferUntil: Date };
type Handler<S extends z.ZodType> = {
  schema: S;
  run: (db: Database, data: z.infer<S>, ctx: { eventId: string; log: Logger }) => Promise<Outcome>;
};

const handler = <S extends z.ZodType>(h: Handler<S>) => h as unknown as Handler<z.ZodType>;

/**
 * The embedded runner's consumers: the same lib/jobs bodies the Inngest functions call, one entry
 * per outbox event. Every body is idempotent, because the relay delivers at least once.
 */
export const EMBEDDED_HANDLERS: Record<string, Handler<z.ZodType>> = {
  [EVENT.orderCreated]: handler({
    schema: orderCreatedSchema,
    run: async (db, data, { log }) => {
      await notifyOrderStatus(db, { orderId: data.orderId, status: 'PENDING_PAYMENT', log });
      if (data.reservationExpiresAt)
        await scheduleReservationExpiry(db, { orderId: data.orderId, reservationExpiresAt: data.reservationExpiresAt });
    },
  }),
  [EVENT.reservationDue]: handler({
    schema: reservationDueSchema,
    run: async (db, data, { log }) => {
      const result = await expireOrderReservation(db, { orderId: data.orderId, log });
      return result.retryAt ? { deferUntil: new Date(result.retryAt) } : undefined;
    },
  }),
  [EVENT.orderStatusChanged]: handler({
    schema: orderStatusChangedSchema,
    run: async (db, data, { log }) => {
      await notifyOrderStatus(db, {
        orderId: data.orderId,
        status: data.to,
        reason: data.reason,
        occurrence: data.occurrence,
        log,
      });
    },
  }),
  [EVENT.lowStock]: handler({
    schema: lowStockSchema,
    run: async (db, data, { eventId, log }) => {
      await alertLowStock(db, {
        eventId,
        variantId: data.variantId,
        available: data.available,
        threshold: data.threshold,
        log,
      });
    },
  }),
  [EVENT.paymentFailed]: handler({
    schema: paymentFailedSchema,
    run: async (db, data, { log }) => {
      await notifyPaymentDeclined(db, { ...data, log });
    },
  }),
  [EVENT.refundDue]: handler({
    schema: refundDueSchema,
    run: async (db, data, { log }) => {
      await notifyRefundDue(db, { ...data, log });
    },
  }),
  [EVENT.restocked]: handler({
    schema: restockedSchema,
    run: async (db, data, { eventId, log }) => {
      await notifyRestock(db, { variantId: data.variantId, eventId, log });
    },
  }),
};

async function deliverOne(db: Database, message: OutboxMessage, log: Logger): Promise<DeliveryResult> {
  const entry = EMBEDDED_HANDLERS[message.name];
  // Events nobody consumes in-process (e.g. credit/changed) are done once relayed.
  if (!entry) return { id: message.id, outcome: 'delivered' };
  try {
    const data = entry.schema.parse(message.payload);
    const outcome = await entry.run(db, data, {
      eventId: message.eventId,
      log: log.child({ eventId: message.eventId, event: message.name }),
    });
    return outcome
      ? { id: message.id, outcome: 'deferred', until: outcome.deferUntil }
      : { id: message.id, outcome: 'delivered' };
  } catch (error) {
    return { id: message.id, outcome: 'failed', error };
  }
}

/** Runs each message's handler in turn; one failing message never blocks the others. */
export function createEmbeddedDeliverer(db: Database, log: Logger): OutboxDeliverer {
  return async (messages) => {
    const results: DeliveryResult[] = [];
    for (const message of messages) results.push(await deliverOne(db, message, log));
    return results;
  };
}
