-- Money owed back on an order is the ledger order_refund_entries (db/schema/refunds.ts):
-- orders.refund_due_cents = Σ OWED − Σ PAID, kept by the trigger below and by nothing else, and its
-- CHECK (>= 0) refuses any payment of more than is owed, so paying the same amount twice fails.

-- Existing amounts owed become ledger rows; a resolved one is also paid (its due drops to 0).
INSERT INTO order_refund_entries (order_id, kind, amount_cents, source_key, reason)
SELECT id, 'OWED', refund_due_cents, 'backfill', COALESCE(payment_issue, 'UNKNOWN')
FROM orders WHERE refund_due_cents > 0;
--> statement-breakpoint
INSERT INTO order_refund_entries (order_id, kind, amount_cents, source_key, reason)
SELECT id, 'PAID', refund_due_cents, 'backfill-paid', 'UNKNOWN'
FROM orders WHERE refund_due_cents > 0 AND refund_resolved_at IS NOT NULL;
--> statement-breakpoint
UPDATE orders SET refund_due_cents = 0 WHERE refund_due_cents > 0 AND refund_resolved_at IS NOT NULL;
--> statement-breakpoint
CREATE FUNCTION botica_apply_refund_entry() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE orders
  SET refund_due_cents = refund_due_cents + CASE WHEN NEW.kind = 'OWED' THEN NEW.amount_cents ELSE -NEW.amount_cents END
  WHERE id = NEW.order_id;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER order_refund_entries_apply AFTER INSERT ON order_refund_entries
FOR EACH ROW EXECUTE FUNCTION botica_apply_refund_entry();
--> statement-breakpoint
CREATE FUNCTION botica_refund_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'order_refund_entries is append-only' USING ERRCODE = 'check_violation';
END $$;
--> statement-breakpoint
CREATE TRIGGER order_refund_entries_append_only BEFORE UPDATE OR DELETE ON order_refund_entries
FOR EACH ROW EXECUTE FUNCTION botica_refund_entries_append_only();
--> statement-breakpoint
-- Only the ledger trigger (nested, depth 2) may change refund_due_cents; a direct write is refused.
CREATE FUNCTION botica_guard_refund_due() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF pg_trigger_depth() < 2 AND (
    (TG_OP = 'INSERT' AND NEW.refund_due_cents <> 0)
    OR (TG_OP = 'UPDATE' AND NEW.refund_due_cents IS DISTINCT FROM OLD.refund_due_cents)
  ) THEN
    RAISE EXCEPTION 'orders.refund_due_cents is kept by order_refund_entries: insert a ledger row'
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER orders_refund_due_guard BEFORE INSERT OR UPDATE OF refund_due_cents ON orders
FOR EACH ROW EXECUTE FUNCTION botica_guard_refund_due();
