import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { orderRefundEntries } from '@/db/schema';

/**
 * The money-owed ledger (db/schema/refunds.ts). `orders.refund_due_cents` follows these rows through
 * a database trigger: never write it directly (the database refuses).
 */

/** Records an amount owed once per (order, sourceKey); a replay of the same fact adds nothing. */
export async function oweRefund(
  tx: Db,
  args: { orderId: string; amountCents: number; sourceKey: string; reason: string; actorId?: string | null },
): Promise<boolean> {
  if (args.amountCents <= 0) return false;
  const inserted = await tx
    .insert(orderRefundEntries)
    .values({
      orderId: args.orderId,
      kind: 'OWED',
      amountCents: args.amountCents,
      sourceKey: args.sourceKey,
      reason: args.reason,
      actorId: args.actorId ?? null,
    })
    .onConflictDoNothing()
    .returning({ id: orderRefundEntries.id });
  return inserted.length > 0;
}

/**
 * Records a settlement of everything owed so far. Its key names the last OWED row it covers, so a
 * second settlement of the same amounts collides on the unique key, and the `refund_due_cents >= 0`
 * check refuses paying more than is owed whatever the caller read. Call under the order's lock.
 */
export async function payRefund(
  tx: Db,
  args: { orderId: string; amountCents: number; method: string; reference?: string | null; actorId: string },
): Promise<void> {
  const [lastOwed] = await tx
    .select({ id: orderRefundEntries.id })
    .from(orderRefundEntries)
    .where(and(eq(orderRefundEntries.orderId, args.orderId), eq(orderRefundEntries.kind, 'OWED')))
    .orderBy(desc(orderRefundEntries.id))
    .limit(1);
  await tx.insert(orderRefundEntries).values({
    orderId: args.orderId,
    kind: 'PAID',
    amountCents: args.amountCents,
    sourceKey: `paid-through:${lastOwed?.id ?? 0}`,
    reason: args.method,
    reference: args.reference ?? null,
    actorId: args.actorId,
  });
}
