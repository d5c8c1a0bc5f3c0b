ALTER TYPE "public"."credit_entry_kind" ADD VALUE 'CASHBACK';--> statement-breakpoint
ALTER TYPE "public"."credit_entry_kind" ADD VALUE 'CASHBACK_REVOKED';--> statement-breakpoint
ALTER TYPE "public"."credit_entry_kind" ADD VALUE 'EXPIRY';--> statement-breakpoint
ALTER TYPE "public"."credit_entry_kind" ADD VALUE 'ADJUSTMENT';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'STAFF_NOTICE';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'CREDIT_EXPIRY';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'PAYMENT_DECLINED';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'REFUND_DUE';--> statement-breakpoint
ALTER TYPE "public"."notification_kind" ADD VALUE 'REFUND_DUE_DIGEST';--> statement-breakpoint
CREATE TABLE "credit_lots" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"entry_id" bigint,
	"amount_cents" bigint NOT NULL,
	"remaining_cents" bigint NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"reminded_at" timestamp with time zone,
	"expired_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "credit_lots_remaining_range" CHECK ("credit_lots"."remaining_cents" >= 0 AND "credit_lots"."remaining_cents" <= "credit_lots"."amount_cents")
);
--> statement-breakpoint
CREATE TABLE "notification_preferences" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"restock" boolean DEFAULT true NOT NULL,
	"price_drops" boolean DEFAULT true NOT NULL,
	"low_credit_reminders" boolean DEFAULT true NOT NULL,
	"quiet_start" text,
	"quiet_end" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notification_preferences_quiet_pair" CHECK (("notification_preferences"."quiet_start" IS NULL) = ("notification_preferences"."quiet_end" IS NULL)),
	CONSTRAINT "notification_preferences_quiet_format" CHECK ("notification_preferences"."quiet_start" IS NULL OR ("notification_preferences"."quiet_start" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' AND "notification_preferences"."quiet_end" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'))
);
--> statement-breakpoint
ALTER TABLE "credit_entries" DROP CONSTRAINT "credit_entries_sign";--> statement-breakpoint
ALTER TABLE "categories" ADD COLUMN "is_active" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "terms_version" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "terms_accepted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "email_messages" ADD COLUMN "headers" jsonb;--> statement-breakpoint
ALTER TABLE "credit_lots" ADD CONSTRAINT "credit_lots_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_lots" ADD CONSTRAINT "credit_lots_entry_id_credit_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."credit_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_preferences" ADD CONSTRAINT "notification_preferences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "credit_lots_user_open_idx" ON "credit_lots" USING btree ("user_id","expires_at") WHERE "credit_lots"."remaining_cents" > 0;--> statement-breakpoint
CREATE INDEX "credit_lots_open_expiry_idx" ON "credit_lots" USING btree ("expires_at") WHERE "credit_lots"."remaining_cents" > 0;--> statement-breakpoint
CREATE UNIQUE INDEX "credit_lots_entry_key" ON "credit_lots" USING btree ("entry_id");--> statement-breakpoint
CREATE UNIQUE INDEX "credit_entries_order_kind_once_key" ON "credit_entries" USING btree ("order_id","kind") WHERE "credit_entries"."order_id" IS NOT NULL AND "credit_entries"."kind" NOT IN ('REFUND', 'COMPENSATION');--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_terms_accepted_together" CHECK (("orders"."terms_version" IS NULL) = ("orders"."terms_accepted_at" IS NULL));--> statement-breakpoint
ALTER TABLE "credit_entries" ADD CONSTRAINT "credit_entries_sign" CHECK (("credit_entries"."kind"::text = 'ADJUSTMENT' AND "credit_entries"."amount_cents" <> 0) OR ("credit_entries"."kind"::text IN ('DEBIT', 'CASHBACK_REVOKED', 'EXPIRY') AND "credit_entries"."amount_cents" < 0) OR ("credit_entries"."kind"::text NOT IN ('ADJUSTMENT', 'DEBIT', 'CASHBACK_REVOKED', 'EXPIRY') AND "credit_entries"."amount_cents" > 0));