'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { requireArea } from '@/lib/admin/shared/access';
import { adminActionContext, adminActionError } from '@/lib/admin/shared/action-result';
import { updateVoucher } from '@/lib/admin/vouchers/save-voucher';
import type { ActionState } from '@/lib/http/action-state';
import { voucherFormInput } from './voucher-form-input';

/** The full edit form, or `intent` = activate | deactivate from the list's one-button forms. */
export async function updateVoucherAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const ctx = adminActionContext('update-voucher');
  const intent = form.get('intent');
  try {
    const user = await requireArea('vouchers');
    const input =
      intent === 'activate' || intent === 'deactivate'
        ? { isActive: intent === 'activate' }
        : voucherFormInput(form, { clearBlanks: true });
    await updateVoucher(getDb(), {
      voucherId: String(form.get('voucherId') ?? ''),
      input,
      actor: { id: user.id, requestId: ctx.requestId },
    });
  } catch (error) {
    return adminActionError(error, ctx);
  }
  revalidatePath('/admin', 'layout');
  return {
    ok: true,
    message:
      intent === 'deactivate' ? 'Cupón desactivado.' : intent === 'activate' ? 'Cupón activado.' : 'Cupón guardado.',
  };
}
