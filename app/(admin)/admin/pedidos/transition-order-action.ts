'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { transitionAdminOrder } from '@/lib/admin/orders/transition-admin-order';
import { requireArea } from '@/lib/admin/shared/access';
import { adminActionContext, adminActionError } from '@/lib/admin/shared/action-result';
import { formDataToObject } from '@/lib/admin/shared/form-input';
import type { ActionState } from '@/lib/http/action-state';
import { ORDER_STATUS_LABEL } from '@/lib/orders/state-machine';

export async function transitionOrderAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const ctx = adminActionContext('transition-order');
  try {
    const user = await requireArea('orders');
    const { orderId, ...input } = formDataToObject(form);
    const order = await transitionAdminOrder(getDb(), {
      orderId: String(orderId ?? ''),
      input,
      actor: { id: user.id, requestId: ctx.requestId },
      log: ctx.log,
    });
    revalidatePath('/admin', 'layout');
    return { ok: true, message: `Pedido #${order.number}: ${ORDER_STATUS_LABEL[order.status]}.` };
  } catch (error) {
    return adminActionError(error, ctx);
  }
}
