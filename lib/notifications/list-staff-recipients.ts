import { asc, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { users } from '@/db/schema';

export type Recipient = { id: string; email: string; name: string };

/** Everyone who runs the store (STAFF and ADMIN) gets stock alerts, not just one chosen person (#13). */
export async function listStaffRecipients(db: Db): Promise<Recipient[]> {
  return db
    .select({ id: users.id, email: users.email, name: users.name })
    .from(users)
    .where(inArray(users.role, ['STAFF', 'ADMIN']))
    .orderBy(asc(users.createdAt));
}
