-- Exactly one primary image per product that has images (db/schema/catalog.ts, product_images).
-- "At most one" is the partial unique index product_images_one_primary_key; these triggers add
-- "at least one", for every writer (admin doors, seed, scripts, SQL by hand):
--   * an image inserted while its product has no primary becomes the primary (so the first upload,
--     and seed or fixture rows, need no special case);
--   * a deferred check at commit refuses any transaction that leaves a product with images but no
--     primary (deleting or un-marking the primary must promote another one in the same transaction).
-- Existing galleries: their first image (the old "cover") becomes the primary.
UPDATE product_images SET is_primary = true
  WHERE id IN (SELECT DISTINCT ON (product_id) id FROM product_images ORDER BY product_id, sort_order, id);
--> statement-breakpoint
CREATE FUNCTION botica_product_image_first_is_primary() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT NEW.is_primary AND NOT EXISTS (
    SELECT 1 FROM product_images WHERE product_id = NEW.product_id AND is_primary
  ) THEN
    NEW.is_primary := true;
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER product_images_first_is_primary BEFORE INSERT ON product_images
  FOR EACH ROW EXECUTE FUNCTION botica_product_image_first_is_primary();
--> statement-breakpoint
CREATE FUNCTION botica_product_image_primary_required() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM product_images WHERE product_id = OLD.product_id)
     AND NOT EXISTS (SELECT 1 FROM product_images WHERE product_id = OLD.product_id AND is_primary) THEN
    RAISE EXCEPTION 'product % has images but no primary image', OLD.product_id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'product_images_primary_required';
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER product_images_primary_required
  AFTER UPDATE OF is_primary, product_id OR DELETE ON product_images
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION botica_product_image_primary_required();
