import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  check,
  index,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { orders } from './orders';
import { users } from './users';

export const refundEntryKind = pgEnum('refund_entry_kind', ['OWED', 'PAID']);

/**
 * Money the store owes back on an order, as an append-only ledger: one OWED row per amount owed (a
 * duplicate payment, a payment without stock, a cancellation after payment, a payment under fraud
 * review) and one PAID row per settlement. `orders.refund_due_cents` is maintained from these rows by
 * a trigger (migration 0012) as OWED − PAID, and its `>= 0` check makes paying more than was owed
 * (paying twice) fail in the database. Rows are never updated or deleted.
 */
export const orderRefundEntries = pgTable(
  'order_refund_entries',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id),
    kind: refundEntryKind('kind').notNull(),
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
    // What the row is about, unique per order: `txn:<wompi id>`, `cancel`, `paid:<n>`; a replay of the
    // same fact inserts nothing.
    sourceKey: text('source_key').notNull(),
    // OWED: the payment issue (DUPLICATE_PAYMENT…); PAID: STORE_CREDIT or MANUAL.
    reason: text('reason').notNull(),
    reference: text('reference'),
    actorId: uuid('actor_id').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('order_refund_entries_source_key').on(t.orderId, t.sourceKey),
    index('order_refund_entries_order_idx').on(t.orderId, t.id),
    check('order_refund_entries_amount_positive', sql`${t.amountCents} > 0`),
  ],
);
