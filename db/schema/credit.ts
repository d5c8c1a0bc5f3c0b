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

export const creditEntryKind = pgEnum('credit_entry_kind', ['REFUND', 'COMPENSATION', 'DEBIT', 'REVERSAL']);

/**
 * One row per user holding the running balance, so spending can lock it (`FOR UPDATE`) and the
 * database refuses a negative balance. It always equals the sum of the user's ledger entries.
 */
export const creditAccounts = pgTable(
  'credit_accounts',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    balanceCents: bigint('balance_cents', { mode: 'number' }).notNull().default(0),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('credit_accounts_balance_nonnegative', sql`${t.balanceCents} >= 0`)],
);

/** Append-only store-credit ledger: credits are positive, debits negative; never updated or deleted. */
export const creditEntries = pgTable(
  'credit_entries',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    kind: creditEntryKind('kind').notNull(),
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
    balanceAfterCents: bigint('balance_after_cents', { mode: 'number' }).notNull(),
    orderId: uuid('order_id').references(() => orders.id),
    actorId: uuid('actor_id').references(() => users.id),
    reason: text('reason').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('credit_entries_user_idx').on(t.userId, t.createdAt),
    // An order spends credit once and gets it back once, whatever races between cancel and expiry.
    uniqueIndex('credit_entries_order_debit_key')
      .on(t.orderId)
      .where(sql`${t.kind} = 'DEBIT'`),
    uniqueIndex('credit_entries_order_reversal_key')
      .on(t.orderId)
      .where(sql`${t.kind} = 'REVERSAL'`),
    check(
      'credit_entries_sign',
      sql`(${t.kind} = 'DEBIT' AND ${t.amountCents} < 0) OR (${t.kind} <> 'DEBIT' AND ${t.amountCents} > 0)`,
    ),
    check('credit_entries_whole_pesos', sql`${t.amountCents} % 100 = 0`),
    check('credit_entries_balance_nonnegative', sql`${t.balanceAfterCents} >= 0`),
  ],
);
