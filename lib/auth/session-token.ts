import { cookies } from 'next/headers';
import { decode } from 'next-auth/jwt';
import { env } from '@/lib/env';
import { SESSION_COOKIES } from '@/lib/http/cookie-names';
import { auth } from './auth';


/**
 * The signed-in user's id from the Auth.js session cookie, or null.
 *
 * Guards only need the id (they read role and VIP from the database), so they decrypt the cookie
 * with Auth.js's own `decode` (same secret and salt) instead of calling `auth()`, which runs the
 * whole Auth.js request pipeline — a CSRF token, the jwt/session callbacks and a re-encryption whose
 * cookie `auth()` then discards — about 2 ms of CPU per request (docs/benchmarks.md). A cookie only
 * Auth.js can read (split into chunks, or no AUTH_SECRET in this process) goes through `auth()`.
 */
export async function getSessionUserId(): Promise<string | null> {
  const jar = await cookies();
  const name = SESSION_COOKIES.find((n) => jar.has(n));
  const isChunked = SESSION_COOKIES.some((n) => jar.has(`${n}.0`));
  if (isChunked || (name && !env.AUTH_SECRET)) return (await auth())?.user?.id || null;
  const value = name ? jar.get(name)?.value : undefined;
  if (!name || !value) return null;
  try {
    const token = await decode({ token: value, secret: env.AUTH_SECRET!, salt: name });
    return typeof token?.sub === 'string' && token.sub !== '' ? token.sub : null;
  } catch {
    return null; // tampered, expired or signed with another secret: signed out
  }
}
