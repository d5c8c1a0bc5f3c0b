-- Slug history (db/schema/slug-history.ts): every rename of a product or category keeps the old slug,
-- so old links answer a permanent redirect. A trigger rather than service code so every writer
-- (admin forms, the API, scripts, SQL by hand) is covered. A slug in use (taken back by a rename, or by a
-- new product or category) is removed from history, so a slug is never both live and historical.
CREATE FUNCTION botica_product_slug_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    DELETE FROM product_slug_history WHERE slug = NEW.slug;
  ELSIF NEW.slug IS DISTINCT FROM OLD.slug THEN
    DELETE FROM product_slug_history WHERE slug = NEW.slug;
    INSERT INTO product_slug_history (slug, product_id) VALUES (OLD.slug, NEW.id)
      ON CONFLICT (slug) DO UPDATE SET product_id = EXCLUDED.product_id, retired_at = now();
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER products_slug_history AFTER INSERT OR UPDATE OF slug ON products
  FOR EACH ROW EXECUTE FUNCTION botica_product_slug_history();
--> statement-breakpoint
CREATE FUNCTION botica_category_slug_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    DELETE FROM category_slug_history WHERE slug = NEW.slug;
  ELSIF NEW.slug IS DISTINCT FROM OLD.slug THEN
    DELETE FROM category_slug_history WHERE slug = NEW.slug;
    INSERT INTO category_slug_history (slug, category_id) VALUES (OLD.slug, NEW.id)
      ON CONFLICT (slug) DO UPDATE SET category_id = EXCLUDED.category_id, retired_at = now();
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER categories_slug_history AFTER INSERT OR UPDATE OF slug ON categories
  FOR EACH ROW EXECUTE FUNCTION botica_category_slug_history();
