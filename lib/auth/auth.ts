import NextAuth, { CredentialsSignin, type DefaultSession } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { isAppError } from '@/lib/errors';
import { clientIp } from '@/lib/http/client-ip';
import { CALLBACK_URL_COOKIES, sessionCookieName } from '@/lib/http/cookie-names';
import { env } from '@/lib/env';
import { logger } from '@/lib/logger';
import { authenticate } from './authenticate';
import { isVipActive } from './vip';

type Role = 'CUSTOMER' | 'STAFF' | 'ADMIN';

// Module augmentation only works with interfaces.
/* eslint-disable @typescript-eslint/consistent-type-definitions */
declare module 'next-auth' {
  interface Session {
    user: {
      id: string;
      role: Role;
      isVip: boolean;
      vipUntil: string | null;
      sessionVersion?: number;
    } & DefaultSession['user'];
  }
  interface User {
    role?: Role;
    vipUntil?: string | null;
    sessionVersion?: number;
  }
}
/* eslint-enable @typescript-eslint/consistent-type-definitions */

class ThrottledSignIn extends CredentialsSignin {
  code = 'rate_limited';
}

// Role and VIP are re-read from the database at most this often, so a revoked role or an expired VIP
// shows in the session within a minute. Guards (lib/auth/guards.ts) always read the database.
const REFRESH_MS = 60_000;

const secureCookies = new URL(env.APP_URL).protocol === 'https:';
const cookieOptions = { httpOnly: true, sameSite: 'lax' as const, path: '/', secure: secureCookies };

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: 'jwt', maxAge: 30 * 24 * 60 * 60 },
  // `__Host-` names over HTTPS (Auth.js would use `__Secure-`, which a subdomain could still set);
  // lib/http/cookie-names.ts is the one list, read by the guards and the page cache.
  cookies: {
    sessionToken: { name: sessionCookieName(env.APP_URL), options: cookieOptions },
    callbackUrl: { name: CALLBACK_URL_COOKIES[secureCookies ? 0 : 1], options: cookieOptions },
  },
  pages: { signIn: '/ingresar' },
  logger: {
    error: (error) => logger.warn({ authError: error.name }, 'auth.error'),
    warn: (code) => logger.debug({ code }, 'auth.warn'),
    debug: () => {},
  },
  providers: [
    Credentials({
      credentials: { email: { label: 'Correo' }, password: { label: 'Contraseña', type: 'password' } },
      async authorize(credentials, request) {
        try {
          const user = await authenticate(getDb(), {
            email: credentials?.email,
            password: credentials?.password,
            ip: clientIp(request.headers),
          });
          if (!user) return null;
          logger.info({ userId: user.id }, 'auth.sign_in');
          return {
            id: user.id,
            email: user.email,
            name: user.name,
            role: user.role,
            vipUntil: user.vipUntil,
            sessionVersion: user.sessionVersion,
          };
        } catch (error) {
          if (isAppError(error) && error.code === 'RATE-LIMITED') throw new ThrottledSignIn();
          throw error;
        }
      },
    }),
  ],
  events: {
    async signIn({ user }) {
      if (!user.id) return;
      // Imported lazily: next/headers is only valid inside a request, which sign-in always is.
      const { mergeGuestCartAtSignIn } = await import('@/lib/http/cart-session');
      await mergeGuestCartAtSignIn({ id: user.id, isVip: isVipActive(user.vipUntil ?? null) });
    },
  },
  callbacks: {
    async jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.role = user.role ?? 'CUSTOMER';
        token.vipUntil = user.vipUntil ?? null;
        token.sv = user.sessionVersion ?? 0;
        token.refreshedAt = Date.now();
        return token;
      }
      if (token.sub && Date.now() - Number(token.refreshedAt ?? 0) > REFRESH_MS) {
        const [fresh] = await getDb()
          .select({
            role: users.role,
            vipUntil: users.vipUntil,
            name: users.name,
            sessionVersion: users.sessionVersion,
          })
          .from(users)
          .where(eq(users.id, token.sub))
          .limit(1);
        // The account is gone, or its sessions were revoked (sign-out elsewhere, password change).
        if (!fresh || fresh.sessionVersion !== Number(token.sv ?? 0)) return null;
        token.role = fresh.role;
        token.vipUntil = fresh.vipUntil;
        token.name = fresh.name;
        token.refreshedAt = Date.now();
      }
      return token;
    },
    session({ session, token }) {
      const vipUntil = (token.vipUntil as string | null | undefined) ?? null;
      session.user.id = token.sub ?? '';
      session.user.role = (token.role as Role | undefined) ?? 'CUSTOMER';
      session.user.vipUntil = vipUntil;
      session.user.isVip = isVipActive(vipUntil);
      session.user.sessionVersion = Number(token.sv ?? 0);
      return session;
    },
  },
});
