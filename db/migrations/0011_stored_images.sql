CREATE TABLE "stored_images" (
	"key" text PRIMARY KEY NOT NULL,
	"content_type" text NOT NULL,
	"bytes" "bytea" NOT NULL,
	"byte_size" integer NOT NULL,
	"sha256" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stored_images_key_shape" CHECK ("stored_images"."key" ~ '^products/[0-9a-f-]{36}\.(png|jpg|webp)$'),
	CONSTRAINT "stored_images_raster_only" CHECK ("stored_images"."content_type" IN ('image/png', 'image/jpeg', 'image/webp'))
);
