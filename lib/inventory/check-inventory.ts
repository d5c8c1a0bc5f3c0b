import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';

export type InventoryMismatch = {
  variantId: string;
  sku: string;
  stock: number;
  ledgerStock: number;
  reservedStock: number;
  ledgerReserved: number;
};

/** Every variant whose counters disagree with the sum of its ledger rows. Empty means consistent. */
export async function checkInventory(db: Db, args: { variantIds?: string[] } = {}): Promise<InventoryMismatch[]> {
  const only = args.variantIds?.length
    ? sql`AND v.id IN (${sql.join(
        args.variantIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`
    : sql``;
  const rows = await db.execute<{
    variant_id: string;
    sku: string;
    stock: number;
    ledger_stock: string;
    reserved_stock: number;
    ledger_reserved: string;
  }>(sql`
    SELECT v.id AS variant_id, v.sku, v.stock, v.reserved_stock,
           COALESCE(m.stock_sum, 0) AS ledger_stock, COALESCE(m.reserved_sum, 0) AS ledger_reserved
    FROM product_variants v
    LEFT JOIN (
      SELECT variant_id, SUM(stock_delta) AS stock_sum, SUM(reserved_delta) AS reserved_sum
      FROM inventory_movements GROUP BY variant_id
    ) m ON m.variant_id = v.id
    WHERE (v.stock <> COALESCE(m.stock_sum, 0) OR v.reserved_stock <> COALESCE(m.reserved_sum, 0)) ${only}
    ORDER BY v.sku`);
  return rows.map((r) => ({
    variantId: r.variant_id,
    sku: r.sku,
    stock: Number(r.stock),
    ledgerStock: Number(r.ledger_stock),
    reservedStock: Number(r.reserved_stock),
    ledgerReserved: Number(r.ledger_reserved),
  }));
}
