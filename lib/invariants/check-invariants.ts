import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { checkInventory } from '@/lib/inventory/check-inventory';

/**
 * The store's cross-table invariants, checked after a fault or a long load (scripts/test-faults.ts,
 * `npm run invariants:check`). Each one is a statement that must hold whatever crashed and whenever;
 * the CHECK constraints in db/schema cover single rows, these cover rows that must agree with each other.
 *
 * An empty list means consistent. `settled` adds the checks that only hold once background work has
 * drained (every outbox row delivered, every email sent): call it after the runners had time to finish.
 */
export type InvariantViolation = { invariant: string; detail: string };

// Statuses whose stock has been sold (captured): every unit of the order left the shelf through a SALE row.
const CAPTURED_STATUSES = [
  'PAID',
  'PREPARING',
  'SHIPPED',
  'DELIVERED',
  'RETURN_REQUESTED',
  'RETURN_APPROVED',
  'RETURN_REJECTED',
  'REFUNDED',
];

type Check = { invariant: string; query: SQL };

const capturedList = sql.join(
  CAPTURED_STATUSES.map((status) => sql`${status}::order_status`),
  sql`, `,
);

const checks: Check[] = [
  {
    // An order holds its items' units reserved while it waits for payment, and nothing once it is paid or ended.
    invariant: 'order reservation matches its status',
    query: sql`
      WITH held AS (
        SELECT order_id, SUM(reserved_delta) AS reserved FROM inventory_movements
        WHERE order_id IS NOT NULL GROUP BY order_id
      ), wanted AS (SELECT order_id, SUM(quantity) AS quantity FROM order_items GROUP BY order_id)
      SELECT o.id::text AS detail FROM orders o
      LEFT JOIN held h ON h.order_id = o.id
      LEFT JOIN wanted w ON w.order_id = o.id
      WHERE COALESCE(h.reserved, 0) <> CASE
        WHEN o.status = 'PENDING_PAYMENT' AND o.reservation_released_at IS NULL THEN COALESCE(w.quantity, 0)
        ELSE 0 END`,
  },
  {
    // A paid order's units were captured exactly once: its SALE rows add up to what it bought.
    invariant: 'paid order captured exactly its items',
    query: sql`
      WITH sold AS (
        SELECT order_id, -SUM(quantity) AS quantity FROM inventory_movements
        WHERE type = 'SALE' AND order_id IS NOT NULL GROUP BY order_id
      ), wanted AS (SELECT order_id, SUM(quantity) AS quantity FROM order_items GROUP BY order_id)
      SELECT o.id::text || ' ' || o.status::text AS detail FROM orders o
      JOIN wanted w ON w.order_id = o.id
      LEFT JOIN sold s ON s.order_id = o.id
      WHERE o.status IN (${capturedList}) AND COALESCE(s.quantity, 0) <> w.quantity`,
  },
  {
    // Units are sold only for orders that were paid: a cancelled or pending order never has a SALE row.
    invariant: 'no capture without a paid order',
    query: sql`
      SELECT DISTINCT o.id::text || ' ' || o.status::text AS detail FROM inventory_movements m
      JOIN orders o ON o.id = m.order_id
      WHERE m.type = 'SALE' AND o.status NOT IN (${capturedList}) AND o.status <> 'FRAUD_ALERT'`,
  },
  {
    // Reservations, releases and sales always belong to an order.
    invariant: 'no reservation without an order',
    query: sql`
      SELECT id::text || ' ' || type::text AS detail FROM inventory_movements
      WHERE type IN ('RESERVATION', 'RESERVATION_RELEASE', 'SALE') AND order_id IS NULL`,
  },
  {
    // Every order has at least one line (checkout writes order and items in one transaction).
    invariant: 'no order without items',
    query: sql`
      SELECT o.id::text AS detail FROM orders o
      WHERE NOT EXISTS (SELECT 1 FROM order_items i WHERE i.order_id = o.id)`,
  },
  {
    // A shopper's credit balance is the sum of their ledger entries.
    invariant: 'credit balance equals its ledger',
    query: sql`
      SELECT COALESCE(a.user_id, e.user_id)::text || ' balance ' || COALESCE(a.balance_cents, 0)::text
             || ' ledger ' || COALESCE(e.total, 0)::text AS detail
      FROM credit_accounts a
      FULL JOIN (SELECT user_id, SUM(amount_cents) AS total FROM credit_entries GROUP BY user_id) e
        ON e.user_id = a.user_id
      WHERE COALESCE(a.balance_cents, 0) <> COALESCE(e.total, 0)`,
  },
  {
    // An approved payment applied to an order (CAPTURED) left that order paid.
    invariant: 'captured payment left its order paid',
    query: sql`
      SELECT t.provider_transaction_id || ' ' || o.status::text AS detail FROM payment_transactions t
      JOIN orders o ON o.id = t.order_id
      WHERE t.outcome IN ('CAPTURED', 'LATE_CAPTURED') AND o.status NOT IN (${capturedList})
        AND o.status NOT IN ('CANCELLED', 'FRAUD_ALERT')`,
  },
  {
    // Spending, expiry and grants move a user's lots together with the ledger (db/schema/credit.ts):
    // what is left of their lots is their balance, so no credit is spent twice or expires twice.
    invariant: 'credit lots add up to the balance',
    query: sql`
      SELECT COALESCE(a.user_id, l.user_id)::text || ' balance ' || COALESCE(a.balance_cents, 0)::text
             || ' lots ' || COALESCE(l.remaining, 0)::text AS detail
      FROM credit_accounts a
      FULL JOIN (SELECT user_id, SUM(remaining_cents) AS remaining FROM credit_lots GROUP BY user_id) l
        ON l.user_id = a.user_id
      WHERE COALESCE(a.balance_cents, 0) <> COALESCE(l.remaining, 0)`,
  },
  {
    // A paid order was paid once: one applied Wompi transaction when money was due, none when store
    // credit covered the total; an order never paid has none applied (a second approval is owed back).
    invariant: 'paid order has exactly one payment applied',
    query: sql`
      SELECT o.id::text || ' ' || o.status::text || ' applied ' || COUNT(t.id)::text AS detail FROM orders o
      LEFT JOIN payment_transactions t ON t.order_id = o.id AND t.outcome IN ('CAPTURED', 'LATE_CAPTURED')
      GROUP BY o.id
      HAVING COUNT(t.id) <> CASE WHEN o.paid_at IS NOT NULL AND o.total_cents > 0 THEN 1 ELSE 0 END`,
  },
  {
    // What the store owes or gives back on an order (refunds owed, refund credit, credit returned)
    // never exceeds what the shopper paid for it, through Wompi (approved transactions) or with credit.
    invariant: 'refunds never above what was paid',
    query: sql`
      WITH owed AS (
        SELECT order_id, SUM(amount_cents) AS cents FROM order_refund_entries WHERE kind = 'OWED' GROUP BY order_id
      ), credited AS (
        SELECT order_id, SUM(amount_cents) AS cents FROM credit_entries
        WHERE order_id IS NOT NULL AND kind IN ('REFUND', 'REVERSAL') GROUP BY order_id
      ), paid AS (
        SELECT order_id, SUM(amount_cents) AS cents FROM payment_transactions WHERE status = 'APPROVED' GROUP BY order_id
      )
      SELECT o.id::text || ' gives back ' || (COALESCE(ow.cents, 0) + COALESCE(c.cents, 0))::text
             || ' of ' || (COALESCE(p.cents, 0) + o.credit_applied_cents)::text AS detail
      FROM orders o
      LEFT JOIN owed ow ON ow.order_id = o.id
      LEFT JOIN credited c ON c.order_id = o.id
      LEFT JOIN paid p ON p.order_id = o.id
      WHERE COALESCE(ow.cents, 0) + COALESCE(c.cents, 0) > COALESCE(p.cents, 0) + o.credit_applied_cents`,
  },
  {
    // The refund queue's figure is the ledger's OWED − PAID, and no settlement paid more than was owed.
    invariant: 'refund due equals its ledger',
    query: sql`
      WITH ledger AS (
        SELECT order_id,
               SUM(CASE WHEN kind = 'OWED' THEN amount_cents ELSE 0 END) AS owed,
               SUM(CASE WHEN kind = 'PAID' THEN amount_cents ELSE 0 END) AS paid
        FROM order_refund_entries GROUP BY order_id
      )
      SELECT o.id::text || ' due ' || o.refund_due_cents::text || ' owed ' || COALESCE(l.owed, 0)::text
             || ' paid ' || COALESCE(l.paid, 0)::text AS detail
      FROM orders o LEFT JOIN ledger l ON l.order_id = o.id
      WHERE o.refund_due_cents <> COALESCE(l.owed, 0) - COALESCE(l.paid, 0) OR COALESCE(l.paid, 0) > COALESCE(l.owed, 0)`,
  },
  {
    // An old slug redirects to its owner's current URL; one equal to the owner's current slug would loop.
    invariant: 'slug history never points at itself',
    query: sql`
      SELECT 'product ' || h.slug AS detail FROM product_slug_history h JOIN products p ON p.id = h.product_id
      WHERE p.slug = h.slug
      UNION ALL
      SELECT 'category ' || h.slug FROM category_slug_history h JOIN categories c ON c.id = h.category_id
      WHERE c.slug = h.slug`,
  },
  {
    // Image rows are written once; a size that disagrees with the bytes means a torn or altered write.
    invariant: 'stored image bytes match their size',
    query: sql`SELECT key AS detail FROM stored_images WHERE byte_size <> octet_length(bytes)`,
  },
];

const settledChecks: Check[] = [
  {
    // The expiry sweeper releases every reservation past its time (a minute of grace for its poll).
    invariant: 'no reservation outlives its expiry',
    query: sql`SELECT id::text || ' expired at ' || reservation_expires_at::text AS detail FROM orders
      WHERE status = 'PENDING_PAYMENT' AND reservation_released_at IS NULL
        AND reservation_expires_at < now() - interval '1 minute'`,
  },
  {
    // Rows scheduled for later (a reservation's expiry) are not due yet, so not late.
    invariant: 'every due outbox row delivered',
    query: sql`SELECT id::text || ' ' || name || ' attempts ' || attempts::text AS detail FROM outbox
      WHERE delivered_at IS NULL AND available_at <= now()`,
  },
  {
    invariant: 'every due email sent',
    query: sql`SELECT id::text || ' ' || kind::text || ' ' || status::text AS detail FROM email_messages
      WHERE status <> 'SENT' AND available_at <= now() - interval '1 minute'`,
  },
];

export async function checkInvariants(db: Db, options: { settled?: boolean } = {}): Promise<InvariantViolation[]> {
  const violations: InvariantViolation[] = (await checkInventory(db)).map((m) => ({
    invariant: 'stock counters equal the ledger',
    detail: `${m.sku}: stock ${m.stock} vs ${m.ledgerStock}, reserved ${m.reservedStock} vs ${m.ledgerReserved}`,
  }));
  for (const check of [...checks, ...(options.settled ? settledChecks : [])]) {
    const rows = await db.execute<{ detail: string }>(check.query);
    for (const row of rows) violations.push({ invariant: check.invariant, detail: row.detail });
  }
  return violations;
}
