import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const userRole = pgEnum('user_role', ['CUSTOMER', 'STAFF', 'ADMIN']);

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: userRole('role').notNull().default('CUSTOMER'),
    // VIP while today in America/Bogota <= vip_until (see lib/auth/vip.ts).
    vipUntil: date('vip_until', { mode: 'string' }),
    // Sessions carry the version they were issued under; bumping it (sign-out, password change) ends
    // every session of the account at its next request (lib/auth/session-token.ts).
    sessionVersion: integer('session_version').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('users_email_key').on(t.email),
    // Emails are stored lower-cased so the unique key is case-insensitive without a functional index.
    check('users_email_lowercase', sql`${t.email} = lower(${t.email})`),
    index('users_role_idx').on(t.role),
  ],
);

/**
 * Fixed-window counters for throttling (failed sign-ins per email + IP, sign-ups, public API per IP).
 * Stored in PostgreSQL so limits hold across several app instances.
 */
export const rateLimitBuckets = pgTable(
  'rate_limit_buckets',
  {
    key: text('key').primaryKey(),
    count: integer('count').notNull(),
    resetAt: timestamp('reset_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('rate_limit_buckets_reset_idx').on(t.resetAt)],
);
