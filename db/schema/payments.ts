import { bigint, index, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { orders } from './orders';

export const paymentStatus = pgEnum('payment_status', [
  'CREATED',
  'PENDING',
  'APPROVED',
  'DECLINED',
  'VOIDED',
  'ERROR',
]);

/**
 * One row per "Pagar": the signed Web Checkout data we handed the shopper. Wompi may create several
 * transactions under one reference (a declined card, then another), recorded in payment_transactions.
 */
export const paymentAttempts = pgTable(
  'payment_attempts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id),
    reference: text('reference').notNull(),
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
    currency: text('currency').notNull().default('COP'),
    status: paymentStatus('status').notNull().default('CREATED'),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('payment_attempts_reference_key').on(t.reference),
    index('payment_attempts_order_idx').on(t.orderId),
    index('payment_attempts_open_idx').on(t.status, t.createdAt),
  ],
);

/** Each Wompi transaction as Wompi itself confirmed it (GET /v1/transactions/{id}), never as a webhook claimed. */
export const paymentTransactions = pgTable(
  'payment_transactions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    attemptId: uuid('attempt_id')
      .notNull()
      .references(() => paymentAttempts.id),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id),
    providerTransactionId: text('provider_transaction_id').notNull(),
    status: paymentStatus('status').notNull(),
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    paymentMethodType: text('payment_method_type'),
    statusMessage: text('status_message'),
    // What we did with it: CAPTURED, LATE_CAPTURED, REFUND_DUE, AMOUNT_MISMATCH, RECORDED.
    outcome: text('outcome'),
    rawPayload: jsonb('raw_payload').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('payment_transactions_provider_key').on(t.providerTransactionId),
    index('payment_transactions_order_idx').on(t.orderId),
  ],
);

/**
 * Dedupe of applied payment facts: (transaction, status) is applied once, in the same transaction as
 * its effect. Webhook retries, the result page and reconciliation all pass through here.
 */
export const processedPaymentEvents = pgTable(
  'processed_payment_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    providerTransactionId: text('provider_transaction_id').notNull(),
    status: paymentStatus('status').notNull(),
    source: text('source').notNull(),
    processedAt: timestamp('processed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('processed_payment_events_key').on(t.providerTransactionId, t.status)],
);

/** Every authentic webhook delivery, kept for audit (duplicates included). */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    provider: text('provider').notNull(),
    eventType: text('event_type').notNull(),
    providerTransactionId: text('provider_transaction_id'),
    checksum: text('checksum').notNull(),
    payload: jsonb('payload').notNull(),
    responseStatus: text('response_status'),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('webhook_deliveries_tx_idx').on(t.providerTransactionId),
    // The prune job (lib/jobs/prune-expired-rows.ts) deletes by age.
    index('webhook_deliveries_received_idx').on(t.receivedAt),
  ],
);
