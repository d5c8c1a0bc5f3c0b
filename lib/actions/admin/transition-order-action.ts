'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { action } from '@/lib/actions/action';
import { text } from '@/lib/actions/form-fields';
import { transitionAdminOrder } from '@/lib/admin/orders/transition-admin-order';
import { formDataToObject } from '@/lib/admin/shared/form-input';
import { ORDER_STATUS_LABEL } from '@/lib/orders/state-machine';

/** Moves an order along its state machine from the order page; the service checks the transition. */
export const transitionOrderAction = action(
  { name: 'admin.transition-order', auth: 'staff', schema: z.object({ orderId: text }) },
  async ({ user, input: { orderId }, form, requestId, log }) => {
    const { orderId: _id, ...input } = formDataToObject(form);
    const order = await transitionAdminOrder(getDb(), { orderId, input, actor: { id: user.id, requestId }, log });
    revalidatePath('/admin', 'layout');
    return { ok: true, message: `Pedido #${order.number}: ${ORDER_STATUS_LABEL[order.status]}.` };
  },
);
