ALTER TABLE "orders" ADD COLUMN "terms_version" text;--> statement-breakpoint
ALTER TABLE "orders" ADD COLUMN "terms_accepted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "orders" ADD CONSTRAINT "orders_terms_accepted_together" CHECK (("orders"."terms_version" IS NULL) = ("orders"."terms_accepted_at" IS NULL));