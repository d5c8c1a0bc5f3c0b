'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { action } from '@/lib/actions/action';
import { optionalText, text } from '@/lib/actions/form-fields';
import { requestReturn } from '@/lib/returns/request-return';
import { returnLineFields } from './return-line-fields';

/** Lines arrive as `qty:<orderItemId>`; zero means "not this one". Ownership is checked by the service. */
export const requestReturnAction = action(
  {
    name: 'request-return',
    auth: 'user',
    schema: z.looseObject({ orderId: text, reason: optionalText }),
  },
  async ({ user, input, log }) => {
    const items = returnLineFields(input)
      .map(({ orderItemId, quantity }) => ({ orderItemId, quantity }))
      .filter((i) => i.quantity > 0);
    await requestReturn(getDb(), {
      orderId: input.orderId,
      userId: user.id,
      input: { items, reason: input.reason ?? null },
      log,
    });
    redirect(`/cuenta/pedidos/${input.orderId}?devolucion=solicitada`);
  },
);
