import { sql } from 'drizzle-orm';
import type { Database, Db } from '@/db/client';
import { logger, type Logger } from '@/lib/logger';
import { releaseExpiredReservation } from '@/lib/orders/expire-reservations';
import { enqueueEvent } from '@/lib/outbox/enqueue-event';

export type ExpiryResult = { orderId: string; released: boolean; retryAt: string | null };

/**
 * Releases one order's reservation once it is due (#26: per order, isolated). When the order is still
 * pending but its expiry moved later, it says when to look again instead of giving up; an order that is
 * paid or cancelled needs nothing. Racing a payment is safe: the order lock decides (see
 * releaseExpiredReservation).
 */
export async function expireOrderReservation(
  db: Database,
  args: { orderId: string; log?: Logger },
): Promise<ExpiryResult> {
  const log = args.log ?? logger;
  const released = await releaseExpiredReservation(db, { orderId: args.orderId, log });
  if (released) return { orderId: args.orderId, released, retryAt: null };
  const [row] = await db.execute<{ expires_at: string | null }>(sql`
    SELECT reservation_expires_at AS expires_at FROM orders
    WHERE id = ${args.orderId} AND status = 'PENDING_PAYMENT' AND reservation_expires_at > now()`);
  return {
    orderId: args.orderId,
    released: false,
    retryAt: row?.expires_at ? new Date(row.expires_at).toISOString() : null,
  };
}

/**
 * The embedded runner's `sleepUntil`: a delayed outbox row that becomes due at the expiry time. The
 * 5-minute sweeper still covers anything this misses.
 */
export async function scheduleReservationExpiry(
  db: Db,
  args: { orderId: string; reservationExpiresAt: string },
): Promise<void> {
  await enqueueEvent(db, {
    name: 'order/reservation.due',
    eventId: `reservation-due:${args.orderId}`,
    payload: { orderId: args.orderId },
    availableAt: new Date(args.reservationExpiresAt),
  });
}
