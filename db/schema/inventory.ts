import { sql } from 'drizzle-orm';
import { check, index, integer, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { productVariants } from './catalog';
import { orders } from './orders';
import { users } from './users';

export const inventoryMovementType = pgEnum('inventory_movement_type', [
  'RESTOCK',
  'ADJUSTMENT',
  'RESERVATION',
  'RESERVATION_RELEASE',
  'SALE',
  'RETURN',
]);

/**
 * The stock ledger. `quantity` is the signed amount as a person reads it (+5 restock, −2 adjustment,
 * +3 reservation, −3 release, −1 sale); `stockDelta`/`reservedDelta` are its effect on the variant's
 * counters, so `Σ stock_delta = stock` and `Σ reserved_delta = reserved_stock` for every variant.
 */
export const inventoryMovements = pgTable(
  'inventory_movements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    variantId: uuid('variant_id')
      .notNull()
      .references(() => productVariants.id),
    type: inventoryMovementType('type').notNull(),
    quantity: integer('quantity').notNull(),
    stockDelta: integer('stock_delta').notNull(),
    reservedDelta: integer('reserved_delta').notNull(),
    stockAfter: integer('stock_after').notNull(),
    reservedAfter: integer('reserved_after').notNull(),
    orderId: uuid('order_id').references(() => orders.id),
    actorId: uuid('actor_id').references(() => users.id),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('inventory_movements_variant_idx').on(t.variantId, t.createdAt),
    index('inventory_movements_order_idx').on(t.orderId),
    // Each type moves the counters in exactly one way; a buggy caller cannot write a contradictory row.
    check(
      'inventory_movements_type_effect',
      sql`(${t.type} = 'RESTOCK' AND ${t.quantity} > 0 AND ${t.stockDelta} = ${t.quantity} AND ${t.reservedDelta} = 0)
       OR (${t.type} = 'ADJUSTMENT' AND ${t.quantity} <> 0 AND ${t.stockDelta} = ${t.quantity} AND ${t.reservedDelta} = 0)
       OR (${t.type} = 'RESERVATION' AND ${t.quantity} > 0 AND ${t.stockDelta} = 0 AND ${t.reservedDelta} = ${t.quantity})
       OR (${t.type} = 'RESERVATION_RELEASE' AND ${t.quantity} < 0 AND ${t.stockDelta} = 0 AND ${t.reservedDelta} = ${t.quantity})
       OR (${t.type} = 'SALE' AND ${t.quantity} < 0 AND ${t.stockDelta} = ${t.quantity} AND ${t.reservedDelta} = ${t.quantity})
       OR (${t.type} = 'RETURN' AND ${t.quantity} > 0 AND ${t.stockDelta} = ${t.quantity} AND ${t.reservedDelta} = 0)`,
    ),
  ],
);
