import { cookies } from 'next/headers';
import { encode } from 'next-auth/jwt';
import { env } from '@/lib/env';
import { sessionCookieName } from '@/lib/http/cookie-names';
import { auth } from './auth';
import { decodeSessionClaims, type SessionClaims } from './decode-session-claims';

export type { SessionClaims };

/** How long a session lives without use; each use after a day re-issues it for this long again. */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
const SLIDE_AFTER_SECONDS = 24 * 60 * 60;

/**
 * The signed-in user's claims from the Auth.js session cookie, or null.
 *
 * Guards read role and VIP from the database, so they decrypt the cookie with Auth.js's own `decode`
 * (same secret and salt) instead of calling `auth()`, which runs the whole Auth.js request pipeline —
 * a CSRF token, the jwt/session callbacks and a re-encryption whose cookie `auth()` then discards —
 * about 2 ms of CPU per request (docs/benchmarks.md). A cookie only Auth.js can read (split into
 * chunks, or no AUTH_SECRET in this process) goes through `auth()`. Like Auth.js, only the cookie
 * name that matches the site's scheme counts: `__Host-` over HTTPS.
 */
export async function getSessionClaims(): Promise<SessionClaims | null> {
  const claims = await decodeSessionClaims(await cookies());
  if (claims !== 'needs-auth-js') return claims;
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  return { userId, sessionVersion: session.user.sessionVersion ?? 0, issuedAt: null, token: null };
}

export async function getSessionUserId(): Promise<string | null> {
  return (await getSessionClaims())?.userId ?? null;
}

/**
 * Sliding sessions: a session older than a day is re-issued for another SESSION_MAX_AGE_SECONDS, so
 * an active shopper stays signed in and an idle one is signed out after 30 days. Only server actions
 * and route handlers may set cookies; in a page render this is a no-op (the next action slides it).
 */
export async function slideSession(claims: SessionClaims): Promise<void> {
  if (!claims.token || claims.issuedAt === null || !env.AUTH_SECRET) return;
  if (Date.now() / 1000 - claims.issuedAt < SLIDE_AFTER_SECONDS) return;
  const name = sessionCookieName(env.APP_URL);
  const { iat: _iat, exp: _exp, jti: _jti, ...rest } = claims.token;
  const value = await encode({ token: rest, secret: env.AUTH_SECRET, salt: name, maxAge: SESSION_MAX_AGE_SECONDS });
  try {
    (await cookies()).set(name, value, {
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
      secure: name.startsWith('__Host-'),
      maxAge: SESSION_MAX_AGE_SECONDS,
    });
  } catch {
    // A server component render cannot set cookies.
  }
}
