import { eq, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { vouchers } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { PG, pgConstraint, pgErrorCode } from '@/lib/db/pg-error';
import { notFound, validationError } from '@/lib/errors';
import type { AdminActor } from '@/lib/admin/shared/admin-actor';
import { isUuid, parseInput } from '@/lib/validation';
import { createVoucherSchema, updateVoucherSchema, voucherRuleErrors } from './voucher-schemas';

type VoucherRow = typeof vouchers.$inferSelect;

export const voucherNotFound = () => notFound('No encontramos ese cupón.');

function mapCodeTaken(error: unknown): unknown {
  if (pgErrorCode(error) === PG.uniqueViolation && pgConstraint(error) === 'vouchers_code_key')
    return validationError({ code: 'Ya existe un cupón con ese código.' });
  return error;
}

function snapshot(v: VoucherRow) {
  const {
    code,
    description,
    kind,
    value,
    minOrderCents,
    startsAt,
    endsAt,
    maxUses,
    maxUsesPerUser,
    isActive,
    usesCount,
  } = v;
  return {
    code,
    description,
    kind,
    value,
    minOrderCents,
    startsAt,
    endsAt,
    maxUses,
    maxUsesPerUser,
    isActive,
    usesCount,
  };
}

/** Creates a voucher; the code is stored upper-cased so shoppers may type it in any case. */
export async function createVoucher(db: Database, args: { input: unknown; actor: AdminActor }): Promise<VoucherRow> {
  const input = parseInput(createVoucherSchema, args.input);
  const rules = voucherRuleErrors(input);
  if (Object.keys(rules).length > 0) throw validationError(rules);
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(vouchers)
        .values({
          ...input,
          startsAt: input.startsAt ?? null,
          endsAt: input.endsAt ?? null,
          maxUses: input.maxUses ?? null,
          maxUsesPerUser: input.maxUsesPerUser ?? null,
        })
        .returning();
      if (!row) throw new Error('voucher insert returned nothing');
      await recordAudit(tx, {
        actorId: args.actor.id,
        action: 'voucher.created',
        entityType: 'voucher',
        entityId: row.id,
        after: snapshot(row),
        requestId: args.actor.requestId,
      });
      return row;
    });
  } catch (error) {
    throw mapCodeTaken(error);
  }
}

/**
 * Edits a voucher (deactivating is `isActive: false`). The row is locked so the check that the new
 * maximum is not below the uses already counted cannot race a checkout redeeming it.
 */
export async function updateVoucher(
  db: Database,
  args: { voucherId: string; input: unknown; actor: AdminActor },
): Promise<VoucherRow> {
  const input = parseInput(updateVoucherSchema, args.input);
  if (!isUuid(args.voucherId)) throw voucherNotFound();
  try {
    return await db.transaction(async (tx) => {
      const [before] = await tx.select().from(vouchers).where(eq(vouchers.id, args.voucherId)).for('update');
      if (!before) throw voucherNotFound();
      const merged = {
        ...before,
        ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)),
      } as VoucherRow;
      const rules = voucherRuleErrors(merged);
      if (Object.keys(rules).length > 0) throw validationError(rules);
      const [after] = await tx
        .update(vouchers)
        .set({ ...input, updatedAt: sql`now()` })
        .where(eq(vouchers.id, before.id))
        .returning();
      if (!after) throw voucherNotFound();
      await recordAudit(tx, {
        actorId: args.actor.id,
        action: 'voucher.updated',
        entityType: 'voucher',
        entityId: before.id,
        before: snapshot(before),
        after: snapshot(after),
        requestId: args.actor.requestId,
      });
      return after;
    });
  } catch (error) {
    throw mapCodeTaken(error);
  }
}
