ALTER TYPE "public"."credit_entry_kind" ADD VALUE 'CASHBACK';--> statement-breakpoint
ALTER TYPE "public"."credit_entry_kind" ADD VALUE 'CASHBACK_REVOKED';--> statement-breakpoint
ALTER TYPE "public"."credit_entry_kind" ADD VALUE 'EXPIRY';--> statement-breakpoint
ALTER TYPE "public"."credit_entry_kind" ADD VALUE 'ADJUSTMENT';--> statement-breakpoint
ALTER TABLE "credit_entries" DROP CONSTRAINT "credit_entries_sign";--> statement-breakpoint
CREATE UNIQUE INDEX "credit_entries_order_kind_once_key" ON "credit_entries" USING btree ("order_id","kind") WHERE "credit_entries"."order_id" IS NOT NULL AND "credit_entries"."kind" NOT IN ('REFUND', 'COMPENSATION');--> statement-breakpoint
ALTER TABLE "credit_entries" ADD CONSTRAINT "credit_entries_sign" CHECK (("credit_entries"."kind"::text = 'ADJUSTMENT' AND "credit_entries"."amount_cents" <> 0) OR ("credit_entries"."kind"::text IN ('DEBIT', 'CASHBACK_REVOKED', 'EXPIRY') AND "credit_entries"."amount_cents" < 0) OR ("credit_entries"."kind"::text NOT IN ('ADJUSTMENT', 'DEBIT', 'CASHBACK_REVOKED', 'EXPIRY') AND "credit_entries"."amount_cents" > 0));