-- Catalogue search (#21): accent-insensitive Spanish full-text search plus trigram similarity for typos.
-- Both extensions are "trusted" (PostgreSQL 13+), so the database owner can install them.
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
-- unaccent() is STABLE (its dictionary could change), so it cannot be used in a generated column or an
-- index. This wrapper pins the dictionary and is declared IMMUTABLE; the SQL-standard body binds the
-- function at creation time, so it does not depend on the caller's search_path.
CREATE OR REPLACE FUNCTION botica_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN public.unaccent('public.unaccent'::regdictionary, $1);
