import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { orderItems, orders } from './orders';
import { users } from './users';

export const returnStatus = pgEnum('return_status', ['REQUESTED', 'APPROVED', 'REJECTED']);
export const refundMethod = pgEnum('refund_method', ['STORE_CREDIT', 'MANUAL']);

export const orderReturns = pgTable(
  'order_returns',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id),
    status: returnStatus('status').notNull().default('REQUESTED'),
    reason: text('reason').notNull(),
    requestedBy: uuid('requested_by')
      .notNull()
      .references(() => users.id),
    decidedBy: uuid('decided_by').references(() => users.id),
    decisionReason: text('decision_reason'),
    refundMethod: refundMethod('refund_method'),
    refundReference: text('refund_reference'),
    refundCents: bigint('refund_cents', { mode: 'number' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [
    // One open request per order at a time.
    uniqueIndex('order_returns_one_open_key')
      .on(t.orderId)
      .where(sql`${t.status} = 'REQUESTED'`),
    index('order_returns_status_idx').on(t.status, t.createdAt),
    check('order_returns_refund_nonnegative', sql`${t.refundCents} IS NULL OR ${t.refundCents} >= 0`),
  ],
);

export const returnItems = pgTable(
  'return_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    returnId: uuid('return_id')
      .notNull()
      .references(() => orderReturns.id, { onDelete: 'cascade' }),
    orderItemId: uuid('order_item_id')
      .notNull()
      .references(() => orderItems.id),
    quantityRequested: integer('quantity_requested').notNull(),
    quantityApproved: integer('quantity_approved'),
    restock: boolean('restock'),
  },
  (t) => [
    uniqueIndex('return_items_line_key').on(t.returnId, t.orderItemId),
    check('return_items_requested_positive', sql`${t.quantityRequested} > 0`),
    check(
      'return_items_approved_range',
      sql`${t.quantityApproved} IS NULL OR (${t.quantityApproved} >= 0 AND ${t.quantityApproved} <= ${t.quantityRequested})`,
    ),
  ],
);
