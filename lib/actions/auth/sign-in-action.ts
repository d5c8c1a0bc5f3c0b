'use server';

import { AuthError } from 'next-auth';
import { z } from 'zod';
import { action } from '@/lib/actions/action';
import { optionalText, text } from '@/lib/actions/form-fields';
import { signIn } from '@/lib/auth/auth';
import { safeRedirectPath } from '@/lib/http/safe-redirect';

/** Public on purpose: signing in is how a visitor gets a session. Throttled per email + IP in lib/auth. */
export const signInAction = action(
  {
    name: 'sign-in',
    auth: 'public',
    schema: z.object({
      email: text,
      password: text,
      next: optionalText,
    }),
    keepValues: ['email'],
  },
  async ({ input: { email, password, next } }) => {
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
      // On success Auth.js throws Next's redirect, which the wrapper lets through.
      await signIn('credentials', { email, password, redirectTo: safeRedirectPath(next ?? null, '/') });
      return { ok: true };
    } catch (error) {
      if (!(error instanceof AuthError)) throw error;
      const isThrottled = (error as AuthError & { code?: string }).code === 'rate_limited';
      return isThrottled
        ? {
            ok: false,
            code: 'RATE-LIMITED',
            message: 'Demasiados intentos fallidos. Espera 15 minutos e inténtalo de nuevo.',
          }
        : { ok: false, code: 'AUTH-INVALID', message: 'Correo o contraseña incorrectos.' };
    }
  },
);
