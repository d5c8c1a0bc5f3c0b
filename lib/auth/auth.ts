import NextAuth, { CredentialsSignin, type DefaultSession } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { isAppError } from '@/lib/errors';
import { clientIp } from '@/lib/http/client-ip';
import { logger } from '@/lib/logger';
import { authenticate } from './authenticate';
import { isVipActive } from './vip';

type Role = 'CUSTOMER' | 'STAFF' | 'ADMIN';

// Module augmentation only works with interfaces.
/* eslint-disable @typescript-eslint/consistent-type-definitions */
declare module 'next-auth' {
  interface Session {
    user: { id: string; role: Role; isVip: boolean; vipUntil: string | null } & DefaultSession['user'];
  }
  interface User {
    role?: Role;
    vipUntil?: string | null;
  }
}
/* eslint-enable @typescript-eslint/consistent-type-definitions */

class ThrottledSignIn extends CredentialsSignin {
  code = 'rate_limited';
}

// Role and VIP are re-read from the database at most this often, so a revoked role or an expired VIP
// shows in the session within a minute. Guards (lib/auth/guards.ts) always read the database.
const REFRESH_MS = 60_000;

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: 'jwt', maxAge: 30 * 24 * 60 * 60 },
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
          return { id: user.id, email: user.email, name: user.name, role: user.role, vipUntil: user.vipUntil };
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
      const { writeShopperHint } = await import('@/lib/http/shopper-hint');
      const isVip = isVipActive(user.vipUntil ?? null);
      await mergeGuestCartAtSignIn({ id: user.id, isVip });
      await writeShopperHint(isVip ? 'vip' : 'member');
    },
    async signOut() {
      const { writeShopperHint } = await import('@/lib/http/shopper-hint');
      await writeShopperHint(null);
    },
  },
  callbacks: {
    async jwt({ token, user }) {
      if (user?.id) {
        token.sub = user.id;
        token.role = user.role ?? 'CUSTOMER';
        token.vipUntil = user.vipUntil ?? null;
        token.refreshedAt = Date.now();
        return token;
      }
      if (token.sub && Date.now() - Number(token.refreshedAt ?? 0) > REFRESH_MS) {
        const [fresh] = await getDb()
          .select({ role: users.role, vipUntil: users.vipUntil, name: users.name })
          .from(users)
          .where(eq(users.id, token.sub))
          .limit(1);
        if (!fresh) return null; // the account is gone: end the session
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
      return session;
    },
  },
});
