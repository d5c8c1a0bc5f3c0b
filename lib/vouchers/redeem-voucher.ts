import { and, count, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { voucherRedemptions, vouchers } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { formatCop } from '@/lib/money';

export type LockedVoucher = typeof vouchers.$inferSelect;

const refuse = (
  code: 'MKT-VOUCHER-INVALID' | 'MKT-VOUCHER-EXPIRED' | 'MKT-VOUCHER-EXHAUSTED' | 'MKT-VOUCHER-MIN-AMOUNT',
  message: string,
  details: Record<string, unknown> = {},
) => new AppError({ code, status: 422, message, details: { ...details, fields: { voucherCode: message } } });

export function normalizeVoucherCode(code: string): string {
  return code.trim().toUpperCase();
}

type VoucherCheck = { code: string; userId: string; goodsCents: number; now?: Date };

/**
 * Locks the voucher row and checks every rule (#14). Called inside the checkout transaction before
 * the order is written, so the use count read here is the one the redemption increments.
 */
export function lockVoucherForCheckout(tx: Db, args: VoucherCheck): Promise<LockedVoucher> {
  return loadUsableVoucher(tx, { ...args, lock: true });
}

/** The same rules without a lock, for showing a shopper whether a code applies before they order. */
export function checkVoucher(db: Db, args: VoucherCheck): Promise<LockedVoucher> {
  return loadUsableVoucher(db, { ...args, lock: false });
}

async function loadUsableVoucher(tx: Db, args: VoucherCheck & { lock: boolean }): Promise<LockedVoucher> {
  const code = normalizeVoucherCode(args.code);
  const query = tx.select().from(vouchers).where(eq(vouchers.code, code));
  const [voucher] = args.lock ? await query.for('update') : await query;
  if (!voucher || !voucher.isActive) throw refuse('MKT-VOUCHER-INVALID', `El código «${code}» no es válido.`);
  const now = args.now ?? new Date();
  if ((voucher.startsAt && voucher.startsAt > now) || (voucher.endsAt && voucher.endsAt <= now)) {
    throw refuse('MKT-VOUCHER-EXPIRED', `El código «${code}» no está vigente.`);
  }
  if (voucher.maxUses !== null && voucher.usesCount >= voucher.maxUses) {
    throw refuse('MKT-VOUCHER-EXHAUSTED', `El código «${code}» ya se agotó.`);
  }
  if (voucher.maxUsesPerUser !== null) {
    const [used] = await tx
      .select({ n: count() })
      .from(voucherRedemptions)
      .where(
        and(
          eq(voucherRedemptions.voucherId, voucher.id),
          eq(voucherRedemptions.userId, args.userId),
          isNull(voucherRedemptions.releasedAt),
        ),
      );
    if ((used?.n ?? 0) >= voucher.maxUsesPerUser)
      throw refuse('MKT-VOUCHER-EXHAUSTED', `Ya usaste el código «${code}» las veces permitidas.`);
  }
  if (args.goodsCents < voucher.minOrderCents) {
    throw refuse(
      'MKT-VOUCHER-MIN-AMOUNT',
      `El código «${code}» aplica para compras desde ${formatCop(voucher.minOrderCents)}.`,
      { minOrderCents: voucher.minOrderCents },
    );
  }
  return voucher;
}

export async function recordVoucherRedemption(
  tx: Db,
  args: { voucherId: string; orderId: string; userId: string; discountCents: number },
): Promise<void> {
  await tx
    .update(vouchers)
    .set({ usesCount: sql`${vouchers.usesCount} + 1`, updatedAt: sql`now()` })
    .where(eq(vouchers.id, args.voucherId));
  await tx.insert(voucherRedemptions).values(args);
}

/** Gives an order's voucher use back, once: the `released_at IS NULL` guard makes a second call a no-op. */
export async function releaseVoucherRedemption(tx: Db, orderId: string): Promise<boolean> {
  const released = await tx
    .update(voucherRedemptions)
    .set({ releasedAt: sql`now()` })
    .where(and(eq(voucherRedemptions.orderId, orderId), isNull(voucherRedemptions.releasedAt)))
    .returning({ voucherId: voucherRedemptions.voucherId });
  const voucherId = released[0]?.voucherId;
  if (!voucherId) return false;
  await tx
    .update(vouchers)
    .set({ usesCount: sql`${vouchers.usesCount} - 1`, updatedAt: sql`now()` })
    .where(eq(vouchers.id, voucherId));
  return true;
}

/**
 * A payment approved after expiry revives the order at the price the shopper paid, voucher included:
 * the use given back on expiry is taken again under the voucher's lock. When the voucher's limits
 * were reached in the meantime the order is still honoured, but the use is marked over the limit
 * (`over_limit_at`), audited and shown to staff, never counted silently past `max_uses`.
 * Returns whether the use went over a limit (false also when the order had no voucher).
 */
export async function retakeVoucherRedemption(tx: Db, orderId: string): Promise<{ overLimit: boolean } | null> {
  const [redemption] = await tx
    .select()
    .from(voucherRedemptions)
    .where(and(eq(voucherRedemptions.orderId, orderId), isNotNull(voucherRedemptions.releasedAt)));
  if (!redemption) return null;
  const [voucher] = await tx.select().from(vouchers).where(eq(vouchers.id, redemption.voucherId)).for('update');
  if (!voucher) return null;
  const [used] = await tx
    .select({ n: count() })
    .from(voucherRedemptions)
    .where(
      and(
        eq(voucherRedemptions.voucherId, voucher.id),
        eq(voucherRedemptions.userId, redemption.userId),
        isNull(voucherRedemptions.releasedAt),
      ),
    );
  const overLimit =
    (voucher.maxUses !== null && voucher.usesCount >= voucher.maxUses) ||
    (voucher.maxUsesPerUser !== null && (used?.n ?? 0) >= voucher.maxUsesPerUser);
  await tx
    .update(voucherRedemptions)
    .set({ releasedAt: null, ...(overLimit ? { overLimitAt: sql`now()` } : {}) })
    .where(eq(voucherRedemptions.id, redemption.id));
  if (!overLimit) {
    await tx
      .update(vouchers)
      .set({ usesCount: sql`${vouchers.usesCount} + 1`, updatedAt: sql`now()` })
      .where(eq(vouchers.id, voucher.id));
  }
  return { overLimit };
}
