'use server';

import { z } from 'zod';
import { action } from '@/lib/actions/action';
import { signOut } from '@/lib/auth/auth';

/** Public on purpose: signing out only ends the caller's own session. */
export const signOutAction = action({ name: 'sign-out', auth: 'public', schema: z.unknown() }, async () => {
  await signOut({ redirectTo: '/' });
});
