import { index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Idempotency-Key records (docs/api.md): the first response is kept 24 h and replayed for the same key
 * and body. `scope` ties a key to its owner (user or cart), so one client cannot replay another's.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    scope: text('scope').notNull(),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    // Set in the claiming transaction, so committed rows always carry their answer.
    responseStatus: integer('response_status'),
    responseBody: text('response_body'),
    // When the key was claimed (kept from the earlier two-step claim; same as created_at now).
    lockedAt: timestamp('locked_at', { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.key] }), index('idempotency_keys_created_idx').on(t.createdAt)],
);
