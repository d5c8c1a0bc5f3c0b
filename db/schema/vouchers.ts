import { sql } from 'drizzle-orm';
import {
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
import { orders } from './orders';
import { users } from './users';

export const voucherKind = pgEnum('voucher_kind', ['PERCENT', 'FIXED']);

export const vouchers = pgTable(
  'vouchers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    // Stored upper-cased so codes are case-insensitive with a plain unique key.
    code: text('code').notNull(),
    description: text('description').notNull().default(''),
    kind: voucherKind('kind').notNull(),
    // PERCENT: 1–100; FIXED: centavos (whole pesos).
    value: integer('value').notNull(),
    minOrderCents: integer('min_order_cents').notNull().default(0),
    startsAt: timestamp('starts_at', { withTimezone: true }),
    endsAt: timestamp('ends_at', { withTimezone: true }),
    maxUses: integer('max_uses'),
    maxUsesPerUser: integer('max_uses_per_user'),
    // Counted under a row lock in the checkout transaction; given back on cancel or expiry.
    usesCount: integer('uses_count').notNull().default(0),
    isActive: boolean('is_active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('vouchers_code_key').on(t.code),
    check('vouchers_code_upper', sql`${t.code} = upper(${t.code})`),
    check(
      'vouchers_value_range',
      sql`(${t.kind} = 'PERCENT' AND ${t.value} BETWEEN 1 AND 100) OR (${t.kind} = 'FIXED' AND ${t.value} > 0 AND ${t.value} % 100 = 0)`,
    ),
    check(
      'vouchers_uses_within_max',
      sql`${t.usesCount} >= 0 AND (${t.maxUses} IS NULL OR ${t.usesCount} <= ${t.maxUses})`,
    ),
    check('vouchers_window', sql`${t.startsAt} IS NULL OR ${t.endsAt} IS NULL OR ${t.startsAt} < ${t.endsAt}`),
  ],
);

/** One row per order that used a voucher; `releasedAt` is set when the use is given back. */
export const voucherRedemptions = pgTable(
  'voucher_redemptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    voucherId: uuid('voucher_id')
      .notNull()
      .references(() => vouchers.id),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    discountCents: integer('discount_cents').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    releasedAt: timestamp('released_at', { withTimezone: true }),
    // A use taken again by a payment approved after expiry when the voucher's limit was already
    // reached: the shopper paid that price, so the order stands, but staff see it (lib/vouchers).
    overLimitAt: timestamp('over_limit_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('voucher_redemptions_order_key').on(t.orderId),
    index('voucher_redemptions_voucher_user_idx').on(t.voucherId, t.userId),
  ],
);
