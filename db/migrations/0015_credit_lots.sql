ALTER TYPE "public"."notification_kind" ADD VALUE 'CREDIT_EXPIRY';--> statement-breakpoint
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
ALTER TABLE "credit_lots" ADD CONSTRAINT "credit_lots_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_lots" ADD CONSTRAINT "credit_lots_entry_id_credit_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."credit_entries"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "credit_lots_user_open_idx" ON "credit_lots" USING btree ("user_id","expires_at") WHERE "credit_lots"."remaining_cents" > 0;--> statement-breakpoint
CREATE INDEX "credit_lots_open_expiry_idx" ON "credit_lots" USING btree ("expires_at") WHERE "credit_lots"."remaining_cents" > 0;--> statement-breakpoint
CREATE UNIQUE INDEX "credit_lots_entry_key" ON "credit_lots" USING btree ("entry_id");