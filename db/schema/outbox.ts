import { sql } from 'drizzle-orm';
import { bigserial, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * Transactional outbox: a side effect (email, notification, Inngest event) is a row written in the
 * same transaction as the state change it announces. A relay delivers rows after commit, at least
 * once; `eventId` is deterministic so Inngest and handlers dedupe.
 */
export const outbox = pgTable(
  'outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    eventId: text('event_id').notNull(),
    name: text('name').notNull(),
    payload: jsonb('payload').notNull(),
    availableAt: timestamp('available_at', { withTimezone: true }).notNull().defaultNow(),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('outbox_event_id_key').on(t.eventId),
    index('outbox_pending_idx')
      .on(t.availableAt)
      .where(sql`${t.deliveredAt} IS NULL`),
  ],
);
