import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { users } from '@/db/schema';

/**
 * Ends every session of the account: sessions carry the version they were issued under and every
 * guard compares it with the database (lib/auth/guards.ts). Called on sign-out (so a copied cookie
 * dies with it) and must be called by any future password change or reset.
 */
export async function revokeSessions(db: Db, userId: string): Promise<void> {
  await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: sql`now()` })
    .where(eq(users.id, userId));
}
