import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { productVariants } from './catalog';
import { users } from './users';

export const notificationKind = pgEnum('notification_kind', [
  'ORDER_STATUS',
  'LOW_STOCK',
  'LOW_STOCK_DIGEST',
  'RESTOCK',
  // Something staff must act on (an order cancelled after payment, money owed).
  'STAFF_NOTICE',
  // The shopper's store credit expires soon.
  'CREDIT_EXPIRY',
  // A Wompi payment was declined (the shopper can pay again while the reservation lasts).
  'PAYMENT_DECLINED',
  // Staff: money the store owes a shopper, and the daily digest of what is still owed.
  'REFUND_DUE',
  'REFUND_DUE_DIGEST',
]);

/**
 * In-app notifications (the header bell). `dedupeKey` names the fact announced (e.g.
 * `order-status:<orderId>:PAID`); the unique (user, key) pair makes every handler idempotent, so an
 * event delivered twice still shows once (#17).
 */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: notificationKind('kind').notNull(),
    dedupeKey: text('dedupe_key').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    /** Where the notification leads (a path inside the store). */
    href: text('href'),
    readAt: timestamp('read_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('notifications_user_dedupe_key').on(t.userId, t.dedupeKey),
    index('notifications_user_created_idx').on(t.userId, t.createdAt),
    // The bell counts unread rows on every page view: a partial index keeps that cheap.
    index('notifications_user_unread_idx')
      .on(t.userId)
      .where(sql`${t.readAt} IS NULL`),
  ],
);

export const emailStatus = pgEnum('email_status', ['QUEUED', 'RETRYING', 'SENT']);

/**
 * Every email the store sends, rendered when queued. It is its own small outbox: a sender claims due
 * rows with SKIP LOCKED and a lease, so several senders never send the same row at once, and a failed
 * send stays here with its error until a retry succeeds (never lost). `dedupeKey` is the fact the
 * email announces, so queueing it twice is a no-op. The admin page "Correos" lists this table.
 */
export const emailMessages = pgTable(
  'email_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    dedupeKey: text('dedupe_key').notNull(),
    kind: notificationKind('kind').notNull(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    html: text('html').notNull(),
    text: text('text').notNull(),
    status: emailStatus('status').notNull().default('QUEUED'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    availableAt: timestamp('available_at', { withTimezone: true }).notNull().defaultNow(),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    /** SMTP or FILE (.eml under MAIL_DIR), whichever sent it. */
    transport: text('transport'),
    providerMessageId: text('provider_message_id'),
    /** Extra MIME headers (List-Unsubscribe on non-essential email). */
    headers: jsonb('headers').$type<Record<string, string>>(),
    filePath: text('file_path'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('email_messages_dedupe_key').on(t.dedupeKey),
    index('email_messages_due_idx')
      .on(t.availableAt)
      .where(sql`${t.status} <> 'SENT'`),
    index('email_messages_created_idx').on(t.createdAt),
    check('email_messages_sent_has_time', sql`${t.status} <> 'SENT' OR ${t.sentAt} IS NOT NULL`),
  ],
);

/**
 * "Avísame cuando vuelva" (#31). A subscription is active until it has been notified once; the
 * partial unique index allows one active subscription per shopper and variant, and a new one after
 * the shopper has been told (so a later sell-out can be subscribed to again).
 */
export const restockSubscriptions = pgTable(
  'restock_subscriptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    variantId: uuid('variant_id')
      .notNull()
      .references(() => productVariants.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    notifiedAt: timestamp('notified_at', { withTimezone: true }),
    /** The outbox event (one restock) that notified it. */
    restockEventId: text('restock_event_id'),
  },
  (t) => [
    uniqueIndex('restock_subscriptions_active_key')
      .on(t.userId, t.variantId)
      .where(sql`${t.notifiedAt} IS NULL`),
    index('restock_subscriptions_variant_active_idx')
      .on(t.variantId, t.createdAt)
      .where(sql`${t.notifiedAt} IS NULL`),
  ],
);

/**
 * One row per low-stock crossing (#13): the outbox event id of the movement that took available stock
 * to or below the threshold. The unique key is what makes "once per crossing" hold under redelivery.
 */
export const lowStockAlerts = pgTable(
  'low_stock_alerts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: text('event_id').notNull(),
    variantId: uuid('variant_id')
      .notNull()
      .references(() => productVariants.id, { onDelete: 'cascade' }),
    available: integer('available').notNull(),
    threshold: integer('threshold').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('low_stock_alerts_event_key').on(t.eventId),
    index('low_stock_alerts_variant_idx').on(t.variantId, t.createdAt),
  ],
);

/**
 * What non-essential email a shopper wants (order emails always go) and their quiet hours (Bogotá
 * wall-clock "HH:MM", both or neither; start > end spans midnight). No row means the defaults: every
 * email, no quiet hours.
 */
export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    restock: boolean('restock').notNull().default(true),
    priceDrops: boolean('price_drops').notNull().default(true),
    lowCreditReminders: boolean('low_credit_reminders').notNull().default(true),
    quietStart: text('quiet_start'),
    quietEnd: text('quiet_end'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('notification_preferences_quiet_pair', sql`(${t.quietStart} IS NULL) = (${t.quietEnd} IS NULL)`),
    check(
      'notification_preferences_quiet_format',
      sql`${t.quietStart} IS NULL OR (${t.quietStart} ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' AND ${t.quietEnd} ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$')`,
    ),
  ],
);
