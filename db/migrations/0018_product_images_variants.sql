ALTER TABLE "product_images" ADD COLUMN "variant_id" uuid;--> statement-breakpoint
ALTER TABLE "product_images" ADD COLUMN "is_primary" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "what_is_included" text DEFAULT '' NOT NULL;--> statement-breakpoint
-- Before the foreign key that needs it as its target (drizzle-kit emits indexes last).
CREATE UNIQUE INDEX "product_variants_id_product_key" ON "product_variants" USING btree ("id","product_id");--> statement-breakpoint
ALTER TABLE "product_images" ADD CONSTRAINT "product_images_variant_of_product_fk" FOREIGN KEY ("variant_id","product_id") REFERENCES "public"."product_variants"("id","product_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "product_images_one_primary_key" ON "product_images" USING btree ("product_id") WHERE "product_images"."is_primary";--> statement-breakpoint
CREATE INDEX "product_images_variant_idx" ON "product_images" USING btree ("variant_id");
