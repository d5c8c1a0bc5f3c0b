'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { action } from '@/lib/actions/action';
import { optionalText, text } from '@/lib/actions/form-fields';
import { updateAdminUser } from '@/lib/admin/users/admin-users';

const MESSAGES: Record<string, string> = {
  vip: 'VIP actualizado.',
  'remove-vip': 'VIP retirado.',
  role: 'Rol actualizado.',
};

/** `intent` = vip (grant or extend until `vipUntil`), remove-vip, or role; the service validates the values. */
export const updateUserAction = action(
  {
    name: 'admin.update-user',
    auth: 'admin',
    schema: z.object({
      userId: text,
      intent: text,
      role: optionalText,
      vipUntil: text,
    }),
  },
  async ({ user, input: { userId, intent, role, vipUntil }, requestId }) => {
    const input =
      intent === 'role' ? { role: role ?? null } : intent === 'remove-vip' ? { vipUntil: null } : { vipUntil };
    await updateAdminUser(getDb(), { userId, input, actor: { id: user.id, requestId } });
    revalidatePath('/admin', 'layout');
    return { ok: true, message: MESSAGES[intent] ?? 'Guardado.' };
  },
);
