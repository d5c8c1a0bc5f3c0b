'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db/client';
import { requireArea } from '@/lib/admin/shared/access';
import { adminActionContext, adminActionError } from '@/lib/admin/shared/action-result';
import { updateAdminUser } from '@/lib/admin/users/admin-users';
import type { ActionState } from '@/lib/http/action-state';

const MESSAGES = { vip: 'VIP actualizado.', 'remove-vip': 'VIP retirado.', role: 'Rol actualizado.' } as const;

/** `intent` = vip (grant or extend until `vipUntil`), remove-vip, or role. ADMIN only. */
export async function updateUserAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const ctx = adminActionContext('update-user');
  const intent = String(form.get('intent') ?? '') as keyof typeof MESSAGES;
  try {
    const user = await requireArea('users');
    const input =
      intent === 'role'
        ? { role: form.get('role') }
        : intent === 'remove-vip'
          ? { vipUntil: null }
          : { vipUntil: String(form.get('vipUntil') ?? '') };
    await updateAdminUser(getDb(), {
      userId: String(form.get('userId') ?? ''),
      input,
      actor: { id: user.id, requestId: ctx.requestId },
    });
  } catch (error) {
    return adminActionError(error, ctx);
  }
  revalidatePath('/admin', 'layout');
  return { ok: true, message: MESSAGES[intent] ?? 'Guardado.' };
}
