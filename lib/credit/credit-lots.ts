import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { creditLots } from '@/db/schema';

/** A grant of credit that expires `expiryDays` after now (the database clock). Caller holds the account lock. */
export async function openCreditLot(
  tx: Db,
  args: { userId: string; entryId: number; amountCents: number; expiryDays: number },
): Promise<void> {
  await tx.insert(creditLots).values({
    userId: args.userId,
    entryId: args.entryId,
    amountCents: args.amountCents,
    remainingCents: args.amountCents,
    expiresAt: sql`now() + make_interval(days => ${args.expiryDays})`,
  });
}

/**
 * Takes `amountCents` out of the user's open lots: `fromLotId` first when given, then the
 * soonest-expiring (oldest on a tie). Caller holds the account lock, so no other movement interleaves.
 */
export async function consumeCreditLots(
  tx: Db,
  args: { userId: string; amountCents: number; fromLotId?: number },
): Promise<void> {
  let left = args.amountCents;
  const open = await tx
    .select({ id: creditLots.id, remainingCents: creditLots.remainingCents })
    .from(creditLots)
    .where(and(eq(creditLots.userId, args.userId), gt(creditLots.remainingCents, 0)))
    .orderBy(sql`${creditLots.id} = ${args.fromLotId ?? -1} DESC`, asc(creditLots.expiresAt), asc(creditLots.id));
  for (const lot of open) {
    if (left <= 0) break;
    const take = Math.min(left, lot.remainingCents);
    await tx
      .update(creditLots)
      .set({ remainingCents: sql`${creditLots.remainingCents} - ${take}` })
      .where(eq(creditLots.id, lot.id));
    left -= take;
  }
}

/** What is left of the lot a ledger entry opened (0 when spent or expired). */
export async function remainingOfEntry(
  tx: Db,
  entryId: number,
): Promise<{ lotId: number; remainingCents: number } | null> {
  const [lot] = await tx
    .select({ lotId: creditLots.id, remainingCents: creditLots.remainingCents })
    .from(creditLots)
    .where(eq(creditLots.entryId, entryId));
  return lot ?? null;
}

/** Open lots of a user, soonest-expiring first: `expiring` in `GET /api/v1/me/credit`. */
export async function listExpiringCredit(db: Db, userId: string) {
  const rows = await db
    .select({ amountCents: creditLots.remainingCents, expiresAt: creditLots.expiresAt })
    .from(creditLots)
    .where(and(eq(creditLots.userId, userId), gt(creditLots.remainingCents, 0)))
    .orderBy(asc(creditLots.expiresAt), asc(creditLots.id));
  return rows.map((r) => ({ amountCents: r.amountCents, expiresAt: r.expiresAt.toISOString() }));
}

/** "Vence pronto": open credit expiring within `days` (CREDIT_EXPIRY_REMINDER_DAYS), summed, with the first date. */
export function expiringSoon(
  expiring: Array<{ amountCents: number; expiresAt: string }>,
  days: number,
  now = new Date(),
) {
  const limit = now.getTime() + days * 86_400_000;
  const soon = expiring.filter((e) => Date.parse(e.expiresAt) <= limit);
  if (soon.length === 0) return null;
  return { amountCents: soon.reduce((s, e) => s + e.amountCents, 0), firstExpiresAt: soon[0]!.expiresAt };
}
