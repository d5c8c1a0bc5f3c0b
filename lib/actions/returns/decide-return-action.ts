'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { action } from '@/lib/actions/action';
import { optionalText, text } from '@/lib/actions/form-fields';
import { decideReturn } from '@/lib/returns/decide-return';
import { returnLineFields } from './return-line-fields';

/**
 * The form posts lines as `qty:<orderItemId>` and `restock:<orderItemId>`; the service re-checks
 * everything (decision, quantities, refund method) with the API's schema.
 */
export const decideReturnAction = action(
  {
    name: 'decide-return',
    auth: 'admin',
    schema: z.looseObject({
      orderId: text,
      decision: optionalText,
      refund: z.string().default('STORE_CREDIT'),
      refundReference: optionalText,
      reason: optionalText,
    }),
  },
  async ({ user, input, log }) => {
    const result = await decideReturn(getDb(), {
      orderId: input.orderId,
      actorId: user.id,
      input: {
        decision: input.decision ?? null,
        items: returnLineFields(input),
        refund: input.refund,
        refundReference: input.refundReference || undefined,
        reason: input.reason || undefined,
      },
      log,
    });
    revalidatePath('/admin/devoluciones');
    // The request leaves the "Por decidir" list, so the admin lands on the list where it now is.
    redirect(`/admin/devoluciones?estado=${result.status}`);
  },
);
