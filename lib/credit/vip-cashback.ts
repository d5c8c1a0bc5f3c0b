import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { creditEntries, users } from '@/db/schema';
import { isVipActive } from '@/lib/auth/vip';
import { env } from '@/lib/env';
import { addCreditEntry, lockCreditBalance } from './credit-ledger';
import { remainingOfEntry } from './credit-lots';

type CashbackOrder = { id: string; number: number; userId: string };

/** `percent` of what was paid, rounded down to whole pesos (credit moves in whole pesos). */
export function cashbackCents(paidCents: number, percent: number): number {
  if (paidCents <= 0 || percent <= 0) return 0;
  return Math.floor((paidCents * percent) / 100 / 100) * 100;
}

/**
 * VIP cashback: when Wompi approves a payment for a shopper who is VIP at that moment, `percent`
 * (VIP_CASHBACK_PERCENT, default 1) of the amount paid through Wompi becomes store credit, once per
 * order (partial unique index on the order's CASHBACK entry). Returns the amount granted.
 */
export async function grantVipCashback(
  tx: Db,
  order: CashbackOrder,
  args: { paidCents: number; now?: Date; percent?: number },
): Promise<number> {
  const percent = args.percent ?? env.VIP_CASHBACK_PERCENT;
  const amount = cashbackCents(args.paidCents, percent);
  if (amount <= 0) return 0;
  const [user] = await tx.select({ vipUntil: users.vipUntil }).from(users).where(eq(users.id, order.userId));
  if (!isVipActive(user?.vipUntil, args.now)) return 0;
  const granted = await addCreditEntry(tx, {
    userId: order.userId,
    kind: 'CASHBACK',
    amountCents: amount,
    orderId: order.id,
    reason: `Cashback VIP del ${percent} % por el pedido #${order.number}`,
  });
  return granted ? amount : 0;
}

/**
 * Takes back the unspent part of an order's cashback when the order is cancelled or fully refunded:
 * what is left of the lot the cashback opened (spending takes the soonest-expiring credit first, so
 * this is exact), once per order, never below zero. Returns the amount taken back.
 */
export async function revokeVipCashback(tx: Db, order: CashbackOrder, reason: string): Promise<number> {
  const [grant] = await tx
    .select({ id: creditEntries.id, amountCents: creditEntries.amountCents })
    .from(creditEntries)
    .where(and(eq(creditEntries.orderId, order.id), sql`${creditEntries.kind}::text = 'CASHBACK'`));
  if (!grant) return 0;
  // The account lock first (lock order), then what is left of the cashback's own lot: the unspent part.
  const balance = await lockCreditBalance(tx, order.userId);
  const lot = await remainingOfEntry(tx, grant.id);
  const unspent = Math.min(lot?.remainingCents ?? 0, balance);
  if (unspent <= 0) return 0;
  const taken = await addCreditEntry(tx, {
    userId: order.userId,
    kind: 'CASHBACK_REVOKED',
    amountCents: -unspent,
    orderId: order.id,
    reason,
    fromLotId: lot?.lotId,
  });
  return taken ? unspent : 0;
}

/** The order page's "Cashback VIP" line: granted and taken back, or null when the order earned none. */
export async function getOrderCashback(db: Db, orderId: string) {
  const rows = await db
    .select({ kind: creditEntries.kind, amountCents: creditEntries.amountCents })
    .from(creditEntries)
    .where(
      and(eq(creditEntries.orderId, orderId), sql`${creditEntries.kind}::text IN ('CASHBACK', 'CASHBACK_REVOKED')`),
    );
  const granted = rows.find((r) => r.kind === 'CASHBACK');
  if (!granted) return null;
  const revoked = rows.find((r) => r.kind === 'CASHBACK_REVOKED');
  return { grantedCents: granted.amountCents, revokedCents: revoked ? -revoked.amountCents : 0 };
}
