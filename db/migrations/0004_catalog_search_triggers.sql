-- products.min_price_cents is the lowest variant price, denormalised so that price sort and price filters
-- can use products_listed_price_idx. These triggers are its only writer.
--
-- They fire on variant insert/delete and on a change of price_cents or product_id, never on stock
-- changes, so checkout (which only moves stock and reserved_stock) does not touch or lock products rows.
CREATE OR REPLACE FUNCTION botica_refresh_min_price(product_ids uuid[]) RETURNS void
  LANGUAGE sql VOLATILE
  BEGIN ATOMIC
    UPDATE products p
       SET min_price_cents = agg.min_price
      FROM (
        SELECT ids.id, (SELECT min(v.price_cents) FROM product_variants v WHERE v.product_id = ids.id) AS min_price
          FROM unnest(product_ids) AS ids(id)
      ) agg
     WHERE p.id = agg.id
       AND p.min_price_cents IS DISTINCT FROM agg.min_price;
  END;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION botica_variants_inserted_min_price() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  PERFORM botica_refresh_min_price(ARRAY(SELECT DISTINCT product_id FROM new_rows));
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION botica_variants_deleted_min_price() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  PERFORM botica_refresh_min_price(ARRAY(SELECT DISTINCT product_id FROM old_rows));
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION botica_variant_updated_min_price() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  PERFORM botica_refresh_min_price(ARRAY[OLD.product_id, NEW.product_id]);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER product_variants_min_price_insert
  AFTER INSERT ON product_variants
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION botica_variants_inserted_min_price();
--> statement-breakpoint
CREATE TRIGGER product_variants_min_price_delete
  AFTER DELETE ON product_variants
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION botica_variants_deleted_min_price();
--> statement-breakpoint
CREATE TRIGGER product_variants_min_price_update
  AFTER UPDATE OF price_cents, product_id ON product_variants
  FOR EACH ROW
  WHEN (OLD.price_cents IS DISTINCT FROM NEW.price_cents OR OLD.product_id IS DISTINCT FROM NEW.product_id)
  EXECUTE FUNCTION botica_variant_updated_min_price();
--> statement-breakpoint
-- Backfill for catalogues created before this migration.
SELECT botica_refresh_min_price(ARRAY(SELECT id FROM products));
