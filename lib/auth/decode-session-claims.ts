import { decode, type JWT } from 'next-auth/jwt';
import { env } from '@/lib/env';
import { sessionCookieName } from '@/lib/http/cookie-names';

/*
 * Decrypting the Auth.js session cookie, apart from lib/auth/session-token.ts so proxy.ts can use it
 * without pulling in Auth.js's request pipeline or next/headers.
 */

export type SessionClaims = {
  userId: string;
  /** users.session_version when the session was issued; a bump (sign-out, password change) ends it. */
  sessionVersion: number;
  /** Seconds since the epoch; null when only Auth.js could read the cookie. */
  issuedAt: number | null;
  token: JWT | null;
};

/** What both `cookies()` (next/headers) and a proxy's `request.cookies` offer. */
export type CookieReader = { get(name: string): { value: string } | undefined; has(name: string): boolean };

/**
 * The claims from any cookie jar by decrypting the cookie only (usable in proxy.ts, which has no
 * `cookies()` of its own). `'needs-auth-js'` when only Auth.js can read it: a cookie split into
 * chunks, or no AUTH_SECRET in this process (lib/auth/session-token.ts then asks `auth()`).
 */
export async function decodeSessionClaims(jar: CookieReader): Promise<SessionClaims | null | 'needs-auth-js'> {
  const name = sessionCookieName(env.APP_URL);
  if (jar.has(`${name}.0`) || (jar.has(name) && !env.AUTH_SECRET)) return 'needs-auth-js';
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
