'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { action } from '@/lib/actions/action';
import { optionalText, text } from '@/lib/actions/form-fields';
import { updateVoucher } from '@/lib/admin/vouchers/save-voucher';
import { voucherFormInput } from '@/lib/admin/vouchers/voucher-form-input';

const MESSAGES = { activate: 'Cupón activado.', deactivate: 'Cupón desactivado.', save: 'Cupón guardado.' } as const;

/** The full edit form, or `intent` = activate | deactivate from the list's one-button forms. */
export const updateVoucherAction = action(
  {
    name: 'admin.update-voucher',
    auth: 'admin',
    schema: z.object({ voucherId: text, intent: optionalText }),
  },
  async ({ user, input: { voucherId, intent }, form, requestId }) => {
    const toggle = intent === 'activate' || intent === 'deactivate' ? intent : null;
    const input = toggle ? { isActive: toggle === 'activate' } : voucherFormInput(form, { clearBlanks: true });
    await updateVoucher(getDb(), { voucherId, input, actor: { id: user.id, requestId } });
    revalidatePath('/admin', 'layout');
    return { ok: true, message: MESSAGES[toggle ?? 'save'] };
  },
);
