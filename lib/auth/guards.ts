import { eq } from 'drizzle-orm';
import { cache } from 'react';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { authRequired, forbidden } from '@/lib/errors';
import { getSessionUserId } from './session-token';
import { isVipActive } from './vip';

export type Role = 'CUSTOMER' | 'STAFF' | 'ADMIN';
export type CurrentUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  vipUntil: string | null;
  isVip: boolean;
};

/**
 * The signed-in user, read from the database (not just the cookie), so a role change or a deleted
 * account takes effect at once. Every door calls this or one of the guards below itself. Wrapped in
 * React's `cache()`: a page, its layout and its header share one read per server render (outside a
 * render, e.g. in a route handler or a test, every call reads again).
 */
export const getCurrentUser = cache(readCurrentUser);

async function readCurrentUser(): Promise<CurrentUser | null> {
  const id = await getSessionUserId();
  if (!id) return null;
  const [user] = await getDb()
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, vipUntil: users.vipUntil })
    .from(users)
    .where(eq(users.id, id))
    .limit(1);
  if (!user) return null;
  return { ...user, isVip: isVipActive(user.vipUntil) };
}

/** 401 AUTH-REQUIRED when nobody is signed in. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw authRequired();
  return user;
}

/** 401 when anonymous, 403 FORBIDDEN when signed in without one of `roles`. */
export async function requireRole(...roles: Role[]): Promise<CurrentUser> {
  const user = await requireUser();
  if (!roles.includes(user.role)) throw forbidden();
  return user;
}
