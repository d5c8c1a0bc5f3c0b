'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { requireRole } from '@/lib/auth/guards';
import { type ActionState, toActionState } from '@/lib/http/action-state';
import { createRequestContext } from '@/lib/http/request-context';
import { resolveRefundDue } from '@/lib/returns/resolve-refund-due';

export async function resolveRefundAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const ctx = createRequestContext(undefined, { action: 'resolve-refund' });
  try {
    const admin = await requireRole('ADMIN');
    await resolveRefundDue(getDb(), {
      orderId: String(form.get('orderId') ?? ''),
      actorId: admin.id,
      input: { method: form.get('method'), reference: form.get('reference') || undefined },
    });
    revalidatePath('/admin/devoluciones');
    return { ok: true, message: 'Reembolso registrado.' };
  } catch (error) {
    return toActionState(error, ctx.log);
  }
}
