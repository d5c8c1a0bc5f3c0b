import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { users } from '@/db/schema';
import { env } from '@/lib/env';
import { rateLimited } from '@/lib/errors';
import { consumeRateLimit, peekRateLimit, resetRateLimit } from '@/lib/rate-limit/consume-rate-limit';
import { signInSchema } from './schemas';
import { verifyPassword } from './password';

const WINDOW_SECONDS = 15 * 60;

export type AuthenticatedUser = {
  id: string;
  email: string;
  name: string;
  role: 'CUSTOMER' | 'STAFF' | 'ADMIN';
  vipUntil: string | null;
};

export function signInThrottleKey(email: string, ip: string): string {
  return `sign-in:${email.trim().toLowerCase()}:${ip}`;
}

/** Throws RATE-LIMITED (429) when this email + IP has used up its failed attempts. */
export async function assertSignInAllowed(db: Db, args: { email: string; ip: string }): Promise<void> {
  const state = await peekRateLimit(db, {
    key: signInThrottleKey(args.email, args.ip),
    limit: env.RATE_LIMIT_SIGN_IN_PER_15_MIN,
  });
  if (!state.allowed) throw rateLimited(state.retryAfterSeconds);
}

/**
 * Checks an email + password. Unknown email and wrong password give the same `null` after the same
 * argon2 work, so neither the answer nor its timing tells which accounts exist.
 */
export async function authenticate(
  db: Db,
  args: { email: unknown; password: unknown; ip: string },
): Promise<AuthenticatedUser | null> {
  const parsed = signInSchema.safeParse({ email: args.email, password: args.password });
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  await assertSignInAllowed(db, { email, ip: args.ip });

  const [user] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      vipUntil: users.vipUntil,
      passwordHash: users.passwordHash,
    })
    .from(users)
    .where(eq(users.email, email))
    .limit(1);
  const isValid = await verifyPassword(user?.passwordHash ?? null, password);
  const key = signInThrottleKey(email, args.ip);
  if (!user || !isValid) {
    await consumeRateLimit(db, { key, limit: env.RATE_LIMIT_SIGN_IN_PER_15_MIN, windowSeconds: WINDOW_SECONDS });
    return null;
  }
  await resetRateLimit(db, key);
  return { id: user.id, email: user.email, name: user.name, role: user.role, vipUntil: user.vipUntil };
}
