import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { users } from '@/db/schema';
import { signInSchema } from './schemas';
import { verifyPassword } from './password';
import { assertSignInAllowed, recordSignInFailure, recordSignInSuccess } from './sign-in-throttle';

export { assertSignInAllowed, signInThrottleKey } from './sign-in-throttle';

export type AuthenticatedUser = {
  id: string;
  email: string;
  name: string;
  role: 'CUSTOMER' | 'STAFF' | 'ADMIN';
  vipUntil: string | null;
  sessionVersion: number;
};

/**
 * Checks an email + password. Unknown email and wrong password give the same `null` after the same
 * argon2 work, so neither the answer nor its timing tells which accounts exist. Throttled attempts
 * (lib/auth/sign-in-throttle.ts) are refused before any hash is computed.
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
      sessionVersion: users.sessionVersion,
    })
    .from(users)
    .where(eq(users.email, email))
    .limit(1);
  const isValid = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !isValid) {
    await recordSignInFailure(db, { email, ip: args.ip });
    return null;
  }
  await recordSignInSuccess(db, { email, ip: args.ip });
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    vipUntil: user.vipUntil,
    sessionVersion: user.sessionVersion,
  };
}
