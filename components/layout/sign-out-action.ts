'use server';

// Public on purpose: signing out only ends the caller's own session.

import { signOut } from '@/lib/auth/auth';

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: '/' });
}
