'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { action } from '@/lib/actions/action';
import { createVoucher } from '@/lib/admin/vouchers/save-voucher';
import { voucherFormInput } from '@/lib/admin/vouchers/voucher-form-input';

/** The new-voucher form; the service validates it with the API's schema. */
export const createVoucherAction = action(
  { name: 'admin.create-voucher', auth: 'admin', schema: z.object({}) },
  async ({ user, form, requestId }) => {
    const created = await createVoucher(getDb(), {
      input: voucherFormInput(form, { clearBlanks: false }),
      actor: { id: user.id, requestId },
    });
    revalidatePath('/admin', 'layout');
    redirect(`/admin/cupones/${created.id}?creado=1`);
  },
);
