'use server';

import { z } from 'zod';
import { getDb } from '@/db/client';
import { action } from '@/lib/actions/action';
import { signOut } from '@/lib/auth/auth';
import { revokeSessions } from '@/lib/auth/revoke-sessions';
import { getSessionUserId } from '@/lib/auth/session-token';

/** Public on purpose: signing out only ends the caller's own sessions. */
export const signOutAction = action({ name: 'sign-out', auth: 'public', schema: z.unknown() }, async () => {
  // Revoked in the database, not just deleted from this browser: a copied cookie stops working too.
  const userId = await getSessionUserId();
  if (userId) await revokeSessions(getDb(), userId);
  await signOut({ redirectTo: '/' });
});
