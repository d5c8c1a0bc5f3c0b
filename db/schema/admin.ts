import { index, integer, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { productVariants } from './catalog';
import { users } from './users';

/**
 * Every price the store has asked for a variant (#29): one row per change of the price or the VIP
 * price, written in the same transaction as the change, with who made it. The first row of a variant
 * has no old values (its creation). Append-only: the "lowest price in the last 30 days" and the
 * admin's chart read it.
 */
export const variantPriceHistory = pgTable(
  'variant_price_history',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    variantId: uuid('variant_id')
      .notNull()
      .references(() => productVariants.id, { onDelete: 'cascade' }),
    oldPriceCents: integer('old_price_cents'),
    newPriceCents: integer('new_price_cents').notNull(),
    oldVipPriceCents: integer('old_vip_price_cents'),
    newVipPriceCents: integer('new_vip_price_cents'),
    changedBy: uuid('changed_by').references(() => users.id),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('variant_price_history_variant_idx').on(t.variantId, t.changedAt)],
);
