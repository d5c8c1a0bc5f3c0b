'use server';

// Public on purpose: signing in is how a visitor gets a session. Throttled per email + IP in lib/auth.

import { AuthError } from 'next-auth';
import { signIn } from '@/lib/auth/auth';
import { type ActionState, toActionState } from '@/lib/http/action-state';
import { createRequestContext } from '@/lib/http/request-context';
import { safeRedirectPath } from '@/lib/http/safe-redirect';

export async function signInAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const state = await attemptSignIn(form);
  return { ...state, values: { email: String(form.get('email') ?? '') } };
}

async function attemptSignIn(form: FormData): Promise<ActionState> {
  const ctx = createRequestContext(undefined, { action: 'sign-in' });
  const email = String(form.get('email') ?? '');
  const password = String(form.get('password') ?? '');
  if (!email || !password) {
    return {
      ok: false,
      code: 'VALIDATION',
      message: 'Escribe tu correo y tu contraseña.',
      fields: {
        ...(email ? {} : { email: 'Escribe tu correo.' }),
        ...(password ? {} : { password: 'Escribe tu contraseña.' }),
      },
    };
  }
  try {
    // On success Auth.js throws Next's redirect, which must propagate.
    await signIn('credentials', { email, password, redirectTo: safeRedirectPath(form.get('next'), '/') });
    return { ok: true };
  } catch (error) {
    if (error instanceof AuthError) {
      const isThrottled = (error as AuthError & { code?: string }).code === 'rate_limited';
      return isThrottled
        ? {
            ok: false,
            code: 'RATE-LIMITED',
            message: 'Demasiados intentos fallidos. Espera 15 minutos e inténtalo de nuevo.',
          }
        : { ok: false, code: 'AUTH-INVALID', message: 'Correo o contraseña incorrectos.' };
    }
    if (error instanceof Error && 'digest' in error) throw error; // Next's redirect
    return toActionState(error, ctx.log);
  }
}
