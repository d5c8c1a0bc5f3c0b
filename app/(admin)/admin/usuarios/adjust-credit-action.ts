'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { requireArea } from '@/lib/admin/shared/access';
import { adminActionContext, adminActionError } from '@/lib/admin/shared/action-result';
import { adjustCredit } from '@/lib/admin/users/adjust-credit';
import { env } from '@/lib/env';
import type { ActionState } from '@/lib/http/action-state';
import { enforceRateLimit } from '@/lib/http/rate-limit-door';
import { formatCop } from '@/lib/money';

/** The form's pesos ("-12.000", "5000") as the API's signed centavos; anything else goes to zod as is. */
function pesosToCents(text: string): unknown {
  const clean = text.trim().replace(/\./g, '').replace(/\s/g, '');
  return /^-?\d+$/.test(clean) ? Number(clean) * 100 : text;
}

/** "Ajustar saldo": grant (positive) or take (negative) store credit with a reason. ADMIN only. */
export async function adjustCreditAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const ctx = adminActionContext('adjust-credit');
  try {
    const admin = await requireArea('users');
    await enforceRateLimit(`credit-adjust:${admin.id}`, env.RATE_LIMIT_CREDIT_ADJUSTMENTS_PER_HOUR, 3600);
    const { balanceCents } = await adjustCredit(getDb(), {
      userId: String(form.get('userId') ?? ''),
      input: { amountCents: pesosToCents(String(form.get('amount') ?? '')), reason: String(form.get('reason') ?? '') },
      actor: { id: admin.id, requestId: ctx.requestId },
    });
    revalidatePath('/admin/usuarios', 'layout');
    return { ok: true, message: `Saldo ajustado. Nuevo saldo: ${formatCop(balanceCents)}.` };
  } catch (error) {
    const state = adminActionError(error, ctx);
    // The form shows pesos under "amount".
    if (state.fields?.amountCents) state.fields = { ...state.fields, amount: state.fields.amountCents };
    return state;
  }
}
