import { desc, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { creditAccounts, creditEntries } from '@/db/schema';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { formatCop } from '@/lib/money';
import { enqueueEvent } from '@/lib/outbox/enqueue-event';
import { consumeCreditLots, openCreditLot } from './credit-lots';

type EntryKind = (typeof creditEntries.$inferInsert)['kind'];

/** Locks the user's credit account (creating it at zero) and returns its balance. Lock order: after variants and vouchers. */
export async function lockCreditBalance(tx: Db, userId: string): Promise<number> {
  await tx.insert(creditAccounts).values({ userId }).onConflictDoNothing();
  const [account] = await tx
    .select({ balanceCents: creditAccounts.balanceCents })
    .from(creditAccounts)
    .where(eq(creditAccounts.userId, userId))
    .for('update');
  return account?.balanceCents ?? 0;
}

/**
 * Appends one ledger entry and moves the balance with it, under the account lock. The balance can
 * never go negative (CHECK) and an order can spend or get back credit only once (partial unique
 * indexes); a repeated reversal is a no-op that returns false.
 */
export async function addCreditEntry(
  tx: Db,
  args: {
    userId: string;
    kind: EntryKind;
    amountCents: number;
    orderId?: string | null;
    actorId?: string | null;
    reason: string;
    /** A take that must come out of this lot first (cashback revocation, expiry); otherwise soonest-expiring first. */
    fromLotId?: number;
  },
): Promise<boolean> {
  if (!Number.isSafeInteger(args.amountCents) || args.amountCents === 0 || args.amountCents % 100 !== 0)
    throw new RangeError('Credit moves in whole pesos');
  const balance = await lockCreditBalance(tx, args.userId);
  const balanceAfterCents = balance + args.amountCents;
  if (balanceAfterCents < 0) {
    throw new AppError({
      code: 'MKT-CREDIT-INSUFFICIENT',
      status: 409,
      message: `Tu saldo a favor es ${formatCop(balance)}.`,
      details: { balanceCents: balance },
    });
  }
  const inserted = await tx
    .insert(creditEntries)
    .values({
      userId: args.userId,
      kind: args.kind,
      amountCents: args.amountCents,
      balanceAfterCents,
      orderId: args.orderId ?? null,
      actorId: args.actorId ?? null,
      reason: args.reason,
    })
    .onConflictDoNothing()
    .returning({ id: creditEntries.id });
  if (inserted.length === 0) return false;
  // The lots move with the ledger, under the same account lock: grants open a lot, takes consume lots.
  if (args.amountCents > 0)
    await openCreditLot(tx, {
      userId: args.userId,
      entryId: inserted[0]!.id,
      amountCents: args.amountCents,
      expiryDays: env.CREDIT_EXPIRY_DAYS,
    });
  else await consumeCreditLots(tx, { userId: args.userId, amountCents: -args.amountCents, fromLotId: args.fromLotId });
  await tx
    .update(creditAccounts)
    .set({ balanceCents: balanceAfterCents, updatedAt: sql`now()` })
    .where(eq(creditAccounts.userId, args.userId));
  await enqueueEvent(tx, {
    name: 'credit/changed',
    eventId: `credit-entry:${inserted[0]!.id}`,
    payload: {
      userId: args.userId,
      kind: args.kind,
      amountCents: args.amountCents,
      balanceCents: balanceAfterCents,
      orderId: args.orderId ?? null,
      reason: args.reason,
    },
  });
  return true;
}

/** Gives back the credit an order spent, exactly once (cancel, expiry or fraud hold). */
export async function reverseOrderCredit(
  tx: Db,
  order: { id: string; userId: string; creditAppliedCents: number },
  reason: string,
): Promise<boolean> {
  if (order.creditAppliedCents <= 0) return false;
  return addCreditEntry(tx, {
    userId: order.userId,
    kind: 'REVERSAL',
    amountCents: order.creditAppliedCents,
    orderId: order.id,
    reason,
  });
}

export async function getCreditStatement(db: Db, args: { userId: string; limit?: number }) {
  const [account] = await db
    .select({ balanceCents: creditAccounts.balanceCents })
    .from(creditAccounts)
    .where(eq(creditAccounts.userId, args.userId));
  const entries = await db
    .select({
      id: creditEntries.id,
      kind: creditEntries.kind,
      amountCents: creditEntries.amountCents,
      balanceAfterCents: creditEntries.balanceAfterCents,
      orderId: creditEntries.orderId,
      reason: creditEntries.reason,
      createdAt: creditEntries.createdAt,
    })
    .from(creditEntries)
    .where(eq(creditEntries.userId, args.userId))
    .orderBy(desc(creditEntries.id))
    .limit(args.limit ?? 50);
  return { balanceCents: account?.balanceCents ?? 0, entries };
}
