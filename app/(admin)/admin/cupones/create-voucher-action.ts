'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { requireArea } from '@/lib/admin/shared/access';
import { adminActionContext, adminActionError } from '@/lib/admin/shared/action-result';
import { createVoucher } from '@/lib/admin/vouchers/save-voucher';
import type { ActionState } from '@/lib/http/action-state';
import { voucherFormInput } from './voucher-form-input';

export async function createVoucherAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const ctx = adminActionContext('create-voucher');
  let voucherId: string;
  try {
    const user = await requireArea('vouchers');
    voucherId = (
      await createVoucher(getDb(), {
        input: voucherFormInput(form, { clearBlanks: false }),
        actor: { id: user.id, requestId: ctx.requestId },
      })
    ).id;
  } catch (error) {
    return adminActionError(error, ctx);
  }
  revalidatePath('/admin', 'layout');
  redirect(`/admin/cupones/${voucherId}?creado=1`);
}
