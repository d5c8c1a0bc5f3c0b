import { desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { inventoryMovements, orders, users } from '@/db/schema';
import { pageFields, type Paged } from '@/lib/admin/shared/list-query';
import { parseInput } from '@/lib/validation';

export const movementListQuerySchema = z.object({ ...pageFields });

export type MovementRow = {
  id: string;
  type: (typeof inventoryMovements.$inferSelect)['type'];
  quantity: number;
  stockAfter: number;
  reservedAfter: number;
  note: string | null;
  createdAt: Date;
  actorName: string | null;
  orderId: string | null;
  orderNumber: number | null;
};

/** A variant's ledger, newest first: every unit that came, went, was reserved or released, and by whom. */
export async function listMovements(db: Db, args: { variantId: string; query?: unknown }): Promise<Paged<MovementRow>> {
  const query = parseInput(movementListQuerySchema, args.query ?? {});
  const [rows, [count]] = await Promise.all([
    db
      .select({
        id: inventoryMovements.id,
        type: inventoryMovements.type,
        quantity: inventoryMovements.quantity,
        stockAfter: inventoryMovements.stockAfter,
        reservedAfter: inventoryMovements.reservedAfter,
        note: inventoryMovements.note,
        createdAt: inventoryMovements.createdAt,
        actorName: users.name,
        orderId: inventoryMovements.orderId,
        orderNumber: orders.number,
      })
      .from(inventoryMovements)
      .leftJoin(users, eq(users.id, inventoryMovements.actorId))
      .leftJoin(orders, eq(orders.id, inventoryMovements.orderId))
      .where(eq(inventoryMovements.variantId, args.variantId))
      .orderBy(desc(inventoryMovements.createdAt), desc(inventoryMovements.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db
      .select({ n: sql<number>`COUNT(*)::int` })
      .from(inventoryMovements)
      .where(eq(inventoryMovements.variantId, args.variantId)),
  ]);
  return { items: rows, page: query.page, pageSize: query.pageSize, total: count?.n ?? 0 };
}
