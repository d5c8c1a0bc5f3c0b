'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { action } from '@/lib/actions/action';
import { text } from '@/lib/actions/form-fields';
import { adjustCredit } from '@/lib/admin/users/adjust-credit';
import { env } from '@/lib/env';
import { isAppError } from '@/lib/errors';
import { enforceRateLimit } from '@/lib/http/rate-limit-door';
import { formatCop } from '@/lib/money';

/** The form's pesos ("-12.000", "5000") as the API's signed centavos; anything else goes to zod as is. */
function pesosToCents(value: string): unknown {
  const clean = value.trim().replace(/\./g, '').replace(/\s/g, '');
  return /^-?\d+$/.test(clean) ? Number(clean) * 100 : value;
}

/** "Ajustar saldo": grant (positive) or take (negative) store credit with a reason. ADMIN only, rate-limited. */
export const adjustCreditAction = action(
  { name: 'admin.adjust-credit', auth: 'admin', schema: z.object({ userId: text, amount: text, reason: text }) },
  async ({ user, input, requestId }) => {
    await enforceRateLimit(`credit-adjust:${user.id}`, env.RATE_LIMIT_CREDIT_ADJUSTMENTS_PER_HOUR, 3600);
    try {
      const { balanceCents } = await adjustCredit(getDb(), {
        userId: input.userId,
        input: { amountCents: pesosToCents(input.amount), reason: input.reason },
        actor: { id: user.id, requestId },
      });
      revalidatePath('/admin/usuarios', 'layout');
      return { ok: true, message: `Saldo ajustado. Nuevo saldo: ${formatCop(balanceCents)}.` };
    } catch (error) {
      // The form shows pesos under "amount".
      const fields = isAppError(error) ? (error.details?.fields as Record<string, string> | undefined) : undefined;
      if (fields?.amountCents) fields.amount = fields.amountCents;
      throw error;
    }
  },
);
