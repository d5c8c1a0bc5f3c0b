'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { action } from '@/lib/actions/action';
import { optionalText, text } from '@/lib/actions/form-fields';
import { resolveRefundDue } from '@/lib/returns/resolve-refund-due';

/** Records how a refund that could not go back to the card was paid; the service validates method and reference. */
export const resolveRefundAction = action(
  {
    name: 'resolve-refund',
    auth: 'admin',
    schema: z.object({
      orderId: text,
      method: optionalText,
      reference: optionalText,
    }),
  },
  async ({ user, input }) => {
    await resolveRefundDue(getDb(), {
      orderId: input.orderId,
      actorId: user.id,
      input: { method: input.method ?? null, reference: input.reference || undefined },
    });
    revalidatePath('/admin/devoluciones');
    return { ok: true, message: 'Reembolso registrado.' };
  },
);
