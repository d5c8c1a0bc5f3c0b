'use server';

import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { requireUser } from '@/lib/auth/guards';
import { type ActionState, toActionState } from '@/lib/http/action-state';
import { createRequestContext } from '@/lib/http/request-context';
import { requestReturn } from '@/lib/returns/request-return';

/** Lines arrive as `qty:<orderItemId>`; zero means "not this one". Ownership is checked by the service. */
export async function requestReturnAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const ctx = createRequestContext(undefined, { action: 'request-return' });
  const orderId = String(form.get('orderId') ?? '');
  try {
    const user = await requireUser();
    const items = [...form.keys()]
      .filter((k) => k.startsWith('qty:'))
      .map((k) => ({ orderItemId: k.slice(4), quantity: Number(form.get(k)) }))
      .filter((i) => i.quantity > 0);
    await requestReturn(getDb(), {
      orderId,
      userId: user.id,
      input: { items, reason: form.get('reason') },
      log: ctx.log,
    });
  } catch (error) {
    return toActionState(error, ctx.log);
  }
  redirect(`/cuenta/pedidos/${orderId}?devolucion=solicitada`);
}
