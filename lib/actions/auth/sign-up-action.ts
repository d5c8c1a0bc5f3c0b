'use server';

import { z } from 'zod';
import { getDb } from '@/db/client';
import { action } from '@/lib/actions/action';
import { optionalText } from '@/lib/actions/form-fields';
import { signIn } from '@/lib/auth/auth';
import { signUp } from '@/lib/auth/sign-up';
import { safeRedirectPath } from '@/lib/http/safe-redirect';

/** Public on purpose: anyone may create a customer account; sign-ups are rate limited per IP. */
export const signUpAction = action(
  {
    name: 'sign-up',
    auth: 'public',
    // The fields themselves are validated by signUp, with the same messages as the API.
    schema: z.object({
      email: optionalText,
      password: optionalText,
      name: optionalText,
      next: optionalText,
    }),
    rateLimit: 'sign-up',
    keepValues: ['name', 'email'],
  },
  async ({ input, log }) => {
    const { email = null, password = null, name = null } = input;
    const user = await signUp(getDb(), { email, password, name });
    log.info({ userId: user.id }, 'auth.sign_up');
    // Auth.js answers with Next's redirect, which the wrapper lets through.
    await signIn('credentials', {
      email: input.email,
      password: input.password,
      redirectTo: safeRedirectPath(input.next ?? null, '/'),
    });
    return { ok: true };
  },
);
