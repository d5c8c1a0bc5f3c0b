import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { orders } from '@/db/schema';
import { notFound } from '@/lib/errors';
import { isUuid } from '@/lib/validation';

export type OrderRow = typeof orders.$inferSelect;

export const orderNotFound = () => notFound('No encontramos ese pedido.');

/**
 * Locks an order row for a state change. With `ownerId`, someone else's order is reported exactly
 * like a missing one (404), so ids reveal nothing. `skipLocked` lets sweepers pass over rows that
 * another worker is handling.
 */
export async function lockOrder(
  tx: Db,
  args: { orderId: string; ownerId?: string; skipLocked?: boolean },
): Promise<OrderRow | null> {
  if (!isUuid(args.orderId)) return null;
  const where = args.ownerId
    ? and(eq(orders.id, args.orderId), eq(orders.userId, args.ownerId))
    : eq(orders.id, args.orderId);
  const query = tx.select().from(orders).where(where);
  const [order] = args.skipLocked ? await query.for('update', { skipLocked: true }) : await query.for('update');
  return order ?? null;
}
