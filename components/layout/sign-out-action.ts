'use server';

// Public on purpose: signing out only ends the caller's own sessions.

import { getDb } from '@/db/client';
import { signOut } from '@/lib/auth/auth';
import { revokeSessions } from '@/lib/auth/revoke-sessions';
import { getSessionUserId } from '@/lib/auth/session-token';

export async function signOutAction(): Promise<void> {
  // Revoked in the database, not just deleted from this browser: a copied cookie stops working too.
  const userId = await getSessionUserId();
  if (userId) await revokeSessions(getDb(), userId);
  await signOut({ redirectTo: '/' });
}
