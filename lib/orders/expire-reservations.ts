import { and, asc, eq, lte, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { orders } from '@/db/schema';
import { withRetry } from '@/lib/db/with-retry';
import { errorFields, logger, type Logger } from '@/lib/logger';
import { lockOrder } from './lock-order';
import { releaseReservation } from './release-reservation';
import { transitionOrder } from './transition-order';

/**
 * Releases one order's reservation if it is still pending and past its expiry; otherwise does
 * nothing. Safe to call from anywhere, any number of times, concurrently with payment or cancel:
 * the order row lock plus the status check decide, so it releases exactly once.
 */
export async function releaseExpiredReservation(
  db: Database,
  args: { orderId: string; skipLocked?: boolean; log?: Logger },
): Promise<boolean> {
  return withRetry(() =>
    db.transaction(async (tx) => {
      const order = await lockOrder(tx, { orderId: args.orderId, skipLocked: args.skipLocked });
      if (!order || order.status !== 'PENDING_PAYMENT' || !order.reservationExpiresAt) return false;
      // The database clock decides expiry, so app servers with skewed clocks agree.
      const [check] = await tx.execute<{ expired: boolean }>(
        sql`SELECT reservation_expires_at <= now() AS expired FROM orders WHERE id = ${order.id}`,
      );
      if (!check?.expired) return false;
      await releaseReservation(tx, order, { note: 'Reserva vencida' });
      await transitionOrder(tx, {
        order,
        to: 'CANCELLED',
        actor: { type: 'SYSTEM' },
        reason: 'La reserva venció sin pago',
        patch: { cancelledAt: new Date(), cancellationReason: 'EXPIRED' },
        log: args.log,
      });
      return true;
    }),
  );
}

/** The sweeper's read, exported so its query plan is tested on the exact SQL it sends (#25). */
export function dueReservationsQuery(db: Database, limit: number) {
  return db
    .select({ id: orders.id })
    .from(orders)
    .where(and(eq(orders.status, 'PENDING_PAYMENT'), lte(orders.reservationExpiresAt, sql`now()`)))
    .orderBy(asc(orders.reservationExpiresAt))
    .limit(limit);
}

export type SweepResult = { found: number; released: number; skipped: number; failed: number };

/**
 * The batch sweeper (#25, #26): reads expired pending orders through the partial index, then releases
 * each in its own transaction, skipping rows another worker holds. One failing order is logged and
 * counted; it never stops the rest.
 */
export async function sweepExpiredReservations(
  db: Database,
  args: { limit?: number; log?: Logger } = {},
): Promise<SweepResult> {
  const log = args.log ?? logger;
  const due = await dueReservationsQuery(db, args.limit ?? 200);
  const result: SweepResult = { found: due.length, released: 0, skipped: 0, failed: 0 };
  for (const { id } of due) {
    try {
      if (await releaseExpiredReservation(db, { orderId: id, skipLocked: true, log })) result.released++;
      else result.skipped++;
    } catch (error) {
      result.failed++;
      log.error({ orderId: id, ...errorFields(error) }, 'order.expiry_failed');
    }
  }
  if (result.found > 0) log.info(result, 'order.expiry_sweep');
  return result;
}
