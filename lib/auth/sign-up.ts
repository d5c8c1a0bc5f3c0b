import type { Db } from '@/db/client';
import { users } from '@/db/schema';
import { PG, pgErrorCode } from '@/lib/db/pg-error';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation';
import { hashPassword } from './password';
import { signUpSchema } from './schemas';

export type SignedUpUser = { id: string; email: string; name: string };

const emailTaken = () =>
  new AppError({
    code: 'EMAIL-TAKEN',
    status: 409,
    message: 'Ya existe una cuenta con ese correo. Inicia sesión o usa otro correo.',
    details: { fields: { email: 'Este correo ya está registrado.' } },
  });

/** Creates a CUSTOMER account. The unique key on email decides races; no read-then-write check. */
export async function signUp(db: Db, input: unknown): Promise<SignedUpUser> {
  const data = parseInput(signUpSchema, input);
  const passwordHash = await hashPassword(data.password);
  try {
    const [user] = await db
      .insert(users)
      .values({ email: data.email, name: data.name, passwordHash })
      .returning({ id: users.id, email: users.email, name: users.name });
    if (!user) throw new Error('insert returned no row');
    return user;
  } catch (error) {
    if (pgErrorCode(error) === PG.uniqueViolation) throw emailTaken();
    throw error;
  }
}
