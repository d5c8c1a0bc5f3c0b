import { eq } from 'drizzle-orm';
import { cache } from 'react';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { authRequired, forbidden } from '@/lib/errors';
import { getSessionClaims, slideSession } from './session-token';
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
 * The signed-in user, read from the database (not just the cookie), so a role change, a deleted
 * account or revoked sessions (users.session_version bumped by sign-out or a password change) take
 * effect at once. Every door calls this or one of the guards below itself. A session older than a
 * day is re-issued (sliding, lib/auth/session-token.ts). Wrapped in React's `cache()`: a page, its
 * layout and its header share one read per server render (outside a render, e.g. in a route handler
 * or a test, every call reads again).
 */
export const getCurrentUser = cache(readCurrentUser);

async function readCurrentUser(): Promise<CurrentUser | null> {
  const claims = await getSessionClaims();
  if (!claims) return null;
  const [user] = await getDb()
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      vipUntil: users.vipUntil,
      sessionVersion: users.sessionVersion,
    })
    .from(users)
    .where(eq(users.id, claims.userId))
    .limit(1);
  if (!user || user.sessionVersion !== claims.sessionVersion) return null;
  await slideSession(claims);
  const { sessionVersion: _version, ...rest } = user;
  return { ...rest, isVip: isVipActive(user.vipUntil) };
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
