CREATE TYPE "public"."refund_entry_kind" AS ENUM('OWED', 'PAID');--> statement-breakpoint
CREATE TABLE "order_refund_entries" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"order_id" uuid NOT NULL,
	"kind" "refund_entry_kind" NOT NULL,
	"amount_cents" bigint NOT NULL,
	"source_key" text NOT NULL,
	"reason" text NOT NULL,
	"reference" text,
	"actor_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "order_refund_entries_amount_positive" CHECK ("order_refund_entries"."amount_cents" > 0)
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "session_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "voucher_redemptions" ADD COLUMN "over_limit_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "order_refund_entries" ADD CONSTRAINT "order_refund_entries_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "order_refund_entries" ADD CONSTRAINT "order_refund_entries_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "order_refund_entries_source_key" ON "order_refund_entries" USING btree ("order_id","source_key");--> statement-breakpoint
CREATE INDEX "order_refund_entries_order_idx" ON "order_refund_entries" USING btree ("order_id","id");--> statement-breakpoint
CREATE INDEX "webhook_deliveries_received_idx" ON "webhook_deliveries" USING btree ("received_at");