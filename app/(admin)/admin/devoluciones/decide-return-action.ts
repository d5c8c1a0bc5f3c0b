'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { requireRole } from '@/lib/auth/guards';
import { type ActionState, toActionState } from '@/lib/http/action-state';
import { createRequestContext } from '@/lib/http/request-context';
import { decideReturn } from '@/lib/returns/decide-return';

/** The form posts lines as `qty:<orderItemId>` and `restock:<orderItemId>`; the service re-checks everything. */
export async function decideReturnAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const ctx = createRequestContext(undefined, { action: 'decide-return' });
  let decided: 'APPROVED' | 'REJECTED';
  try {
    const admin = await requireRole('ADMIN');
    const orderId = String(form.get('orderId') ?? '');
    const items = [...form.keys()]
      .filter((k) => k.startsWith('qty:'))
      .map((k) => {
        const orderItemId = k.slice(4);
        return { orderItemId, quantity: Number(form.get(k)), restock: form.get(`restock:${orderItemId}`) === 'on' };
      });
    const input = {
      decision: form.get('decision'),
      items,
      refund: form.get('refund') ?? 'STORE_CREDIT',
      refundReference: form.get('refundReference') || undefined,
      reason: form.get('reason') || undefined,
    };
    const result = await decideReturn(getDb(), { orderId, actorId: admin.id, input, log: ctx.log });
    revalidatePath('/admin/devoluciones');
    decided = result.status;
  } catch (error) {
    return toActionState(error, ctx.log);
  }
  // The request leaves the "Por decidir" list, so the admin lands on the list where it now is.
  redirect(`/admin/devoluciones?estado=${decided}`);
}
