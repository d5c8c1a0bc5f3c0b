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

export const creditEntryKind = pgEnum('credit_entry_kind', [
  'REFUND',
  'COMPENSATION',
  'DEBIT',
  'REVERSAL',
  // VIP cashback on a Wompi payment, and its unspent part taken back when the order is undone.
  'CASHBACK',
  'CASHBACK_REVOKED',
  // Credit that reached its expiry date unspent (negative).
  'EXPIRY',
  // An admin's manual grant (positive) or take (negative), with a reason.
  'ADJUSTMENT',
]);

/** Kinds that take credit away (negative amounts); ADJUSTMENT may go either way. Compared as text so
 * the CHECK and indexes do not depend on enum values added in the same migration run. */
const NEGATIVE_KINDS = sql.raw(`'DEBIT', 'CASHBACK_REVOKED', 'EXPIRY'`);

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
    // An order earns cashback once and loses it once. Written with the kinds that existed before
    // CASHBACK was added: PostgreSQL refuses enum values added in the same migration run here.
    uniqueIndex('credit_entries_order_kind_once_key')
      .on(t.orderId, t.kind)
      .where(sql`${t.orderId} IS NOT NULL AND ${t.kind} NOT IN ('REFUND', 'COMPENSATION')`),
    check(
      'credit_entries_sign',
      sql`(${t.kind}::text = 'ADJUSTMENT' AND ${t.amountCents} <> 0) OR (${t.kind}::text IN (${NEGATIVE_KINDS}) AND ${t.amountCents} < 0) OR (${t.kind}::text NOT IN ('ADJUSTMENT', ${NEGATIVE_KINDS}) AND ${t.amountCents} > 0)`,
    ),
    check('credit_entries_whole_pesos', sql`${t.amountCents} % 100 = 0`),
    check('credit_entries_balance_nonnegative', sql`${t.balanceAfterCents} >= 0`),
  ],
);

/**
 * What is left of each grant of credit, and when it expires (`CREDIT_EXPIRY_DAYS` after it was
 * granted). Spending takes the soonest-expiring lot first; the daily expiry job turns what is left of
 * an expired lot into an EXPIRY entry. Lots change only under the account row lock, together with
 * the ledger, so `Σ remaining = balance` for every user.
 */
export const creditLots = pgTable(
  'credit_lots',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** The ledger entry that granted it (null for the balance carried over when lots were introduced). */
    entryId: bigint('entry_id', { mode: 'number' }).references(() => creditEntries.id),
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
    remainingCents: bigint('remaining_cents', { mode: 'number' }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    expiredAt: timestamp('expired_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('credit_lots_user_open_idx')
      .on(t.userId, t.expiresAt)
      .where(sql`${t.remainingCents} > 0`),
    index('credit_lots_open_expiry_idx')
      .on(t.expiresAt)
      .where(sql`${t.remainingCents} > 0`),
    uniqueIndex('credit_lots_entry_key').on(t.entryId),
    check('credit_lots_remaining_range', sql`${t.remainingCents} >= 0 AND ${t.remainingCents} <= ${t.amountCents}`),
  ],
);
