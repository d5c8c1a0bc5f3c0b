ALTER TABLE "products" ADD COLUMN "min_price_cents" integer;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "rating_average" numeric(3, 2) DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "rating_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('spanish'::regconfig, botica_unaccent(coalesce(name, ''))), 'A') || setweight(to_tsvector('spanish'::regconfig, botica_unaccent(coalesce(description, ''))), 'B') || setweight(to_tsvector('spanish'::regconfig, botica_unaccent(coalesce(benefits, ''))), 'C') || setweight(to_tsvector('spanish'::regconfig, botica_unaccent(coalesce(how_to_use, ''))), 'D')) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "products_search_idx" ON "products" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "products_name_trgm_idx" ON "products" USING gin (botica_unaccent(lower("name")) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "products_listed_name_idx" ON "products" USING btree (botica_unaccent(lower("name")),"id") WHERE "products"."is_active" AND "products"."deleted_at" IS NULL;--> statement-breakpoint
CREATE INDEX "products_listed_price_idx" ON "products" USING btree ("min_price_cents","id") WHERE "products"."is_active" AND "products"."deleted_at" IS NULL;--> statement-breakpoint
CREATE INDEX "products_listed_created_idx" ON "products" USING btree ("created_at","id") WHERE "products"."is_active" AND "products"."deleted_at" IS NULL;--> statement-breakpoint
CREATE INDEX "products_listed_rating_idx" ON "products" USING btree ("rating_average","rating_count","id") WHERE "products"."is_active" AND "products"."deleted_at" IS NULL;--> statement-breakpoint
CREATE INDEX "products_listed_category_created_idx" ON "products" USING btree ("category_id","created_at") WHERE "products"."is_active" AND "products"."deleted_at" IS NULL;--> statement-breakpoint
CREATE INDEX "products_listed_featured_idx" ON "products" USING btree ("is_featured","created_at","id") WHERE "products"."is_active" AND "products"."deleted_at" IS NULL;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_rating_range" CHECK ("products"."rating_average" BETWEEN 0 AND 5 AND "products"."rating_count" >= 0);