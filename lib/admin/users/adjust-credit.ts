import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '@/db/client';
import { users } from '@/db/schema';
import type { AdminActor } from '@/lib/admin/shared/admin-actor';
import { recordAudit } from '@/lib/audit/record-audit';
import { addCreditEntry, lockCreditBalance } from '@/lib/credit/credit-ledger';
import { withRetry } from '@/lib/db/with-retry';
import { env } from '@/lib/env';
import { AppError, notFound } from '@/lib/errors';
import { formatCop } from '@/lib/money';
import { isUuid } from '@/lib/validation';

export function creditAdjustmentSchema(maxCents: number) {
  return z.object({
    amountCents: z
      .number({ error: 'Escribe el monto en centavos (positivo suma, negativo resta).' })
      .int({ error: 'El monto debe ser un número entero de centavos.' })
      .refine((v) => v !== 0, { error: 'El monto no puede ser cero.' })
      .refine((v) => v % 100 === 0, { error: 'Usa pesos enteros (múltiplos de 100 centavos).' })
      .refine((v) => Math.abs(v) <= maxCents, { error: `El ajuste máximo es de ${formatCop(maxCents)}.` }),
    reason: z
      .string({ error: 'Escribe el motivo.' })
      .trim()
      .min(5, { error: 'Escribe el motivo (al menos 5 caracteres).' })
      .max(300, { error: 'Máximo 300 caracteres.' }),
  });
}

/**
 * An admin grants (positive) or takes (negative) store credit, with a reason, within
 * CREDIT_ADJUSTMENT_MAX_CENTS (422 VALIDATION beyond). Under the account lock: a take larger than the
 * balance is 409 MKT-CREDIT-INSUFFICIENT, and the balance CHECK backs that up, so concurrent takes
 * can never go below zero. A take consumes the soonest-expiring credit first. Audit-logged.
 */
export async function adjustCredit(
  db: Database,
  args: { userId: string; input: unknown; actor: AdminActor; maxCents?: number },
): Promise<{ balanceCents: number }> {
  const maxCents = args.maxCents ?? env.CREDIT_ADJUSTMENT_MAX_CENTS;
  const schema = creditAdjustmentSchema(maxCents);
  const parsed = schema.safeParse(args.input);
  if (!parsed.success) {
    const fields: Record<string, string> = {};
    for (const issue of parsed.error.issues) fields[issue.path.join('.') || '_'] ??= issue.message;
    // Above the cap is 422 (api.md); any other bad input is the usual 400.
    const overCap = parsed.error.issues.some((i) => i.message.startsWith('El ajuste máximo'));
    throw new AppError({
      code: 'VALIDATION',
      status: overCap ? 422 : 400,
      message: 'Revisa los datos marcados.',
      details: { fields },
    });
  }
  const input = parsed.data;
  if (!isUuid(args.userId)) throw notFound('No encontramos esa cuenta.');
  return withRetry(() =>
    db.transaction(async (tx) => {
      const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.id, args.userId));
      if (!user) throw notFound('No encontramos esa cuenta.');
      const before = await lockCreditBalance(tx, user.id);
      await addCreditEntry(tx, {
        userId: user.id,
        kind: 'ADJUSTMENT',
        amountCents: input.amountCents,
        actorId: args.actor.id,
        reason: input.reason,
      });
      const balanceCents = before + input.amountCents;
      await recordAudit(tx, {
        actorId: args.actor.id,
        action: 'credit.adjusted',
        entityType: 'user',
        entityId: user.id,
        before: { balanceCents: before },
        after: { balanceCents, amountCents: input.amountCents, reason: input.reason },
        requestId: args.actor.requestId,
      });
      return { balanceCents };
    }),
  );
}
