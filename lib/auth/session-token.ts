import { cookies } from 'next/headers';
import { decode, encode, type JWT } from 'next-auth/jwt';
import { env } from '@/lib/env';
import { sessionCookieName } from '@/lib/http/cookie-names';
import { auth } from './auth';

/** How long a session lives without use; each use after a day re-issues it for this long again. */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;
const SLIDE_AFTER_SECONDS = 24 * 60 * 60;

export type SessionClaims = {
  userId: string;
  /** users.session_version when the session was issued; a bump (sign-out, password change) ends it. */
  sessionVersion: number;
  /** Seconds since the epoch; null when only Auth.js could read the cookie. */
  issuedAt: number | null;
  token: JWT | null;
};

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
  const jar = await cookies();
  const name = sessionCookieName(env.APP_URL);
  if (jar.has(`${name}.0`) || (jar.has(name) && !env.AUTH_SECRET)) {
    const session = await auth();
    const userId = session?.user?.id;
    if (!userId) return null;
    return { userId, sessionVersion: session.user.sessionVersion ?? 0, issuedAt: null, token: null };
  }
  const value = jar.get(name)?.value;
  if (!value) return null;
  try {
    const token = await decode({ token: value, secret: env.AUTH_SECRET!, salt: name });
    if (typeof token?.sub !== 'string' || token.sub === '') return null;
    return {
      userId: token.sub,
      sessionVersion: Number(token.sv ?? 0),
      issuedAt: typeof token.iat === 'number' ? token.iat : null,
      token,
    };
  } catch {
    return null; // tampered, expired or signed with another secret: signed out
  }
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
