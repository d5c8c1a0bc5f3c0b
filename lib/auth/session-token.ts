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
 * Like Auth.js, only the cookie name that matches the site's scheme counts: `__Secure-` over HTTPS.
 */
export async function getSessionUserId(): Promise<string | null> {
  const jar = await cookies();
  const name = new URL(env.APP_URL).protocol === 'https:' ? SESSION_COOKIES[0] : SESSION_COOKIES[1];
  if (jar.has(`${name}.0`) || (jar.has(name) && !env.AUTH_SECRET)) return (await auth())?.user?.id || null;
  const value = jar.get(name)?.value;
  if (!value) return null;
  try {
    const token = await decode({ token: value, secret: env.AUTH_SECRET!, salt: name });
    return typeof token?.sub === 'string' && token.sub !== '' ? token.sub : null;
  } catch {
    return null; // tampered, expired or signed with another secret: signed out
  }
}
