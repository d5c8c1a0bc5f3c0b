'use server';

// Public on purpose: anyone may create a customer account. Rate limited per IP below.

import { headers } from 'next/headers';
import { getDb } from '@/db/client';
import { signIn } from '@/lib/auth/auth';
import { signUp } from '@/lib/auth/sign-up';
import { env } from '@/lib/env';
import { rateLimited } from '@/lib/errors';
import { type ActionState, toActionState } from '@/lib/http/action-state';
import { clientIp } from '@/lib/http/client-ip';
import { createRequestContext } from '@/lib/http/request-context';
import { safeRedirectPath } from '@/lib/http/safe-redirect';
import { consumeRateLimit } from '@/lib/rate-limit/consume-rate-limit';

export async function signUpAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const requestHeaders = await headers();
  const ctx = createRequestContext(requestHeaders, { action: 'sign-up' });
  const input = { email: form.get('email'), password: form.get('password'), name: form.get('name') };
  try {
    const db = getDb();
    const limit = await consumeRateLimit(db, {
      key: `sign-up:${clientIp(requestHeaders)}`,
      limit: env.RATE_LIMIT_SIGN_UP_PER_HOUR,
      windowSeconds: 3600,
    });
    if (!limit.allowed) throw rateLimited(limit.retryAfterSeconds);
    const user = await signUp(db, input);
    ctx.log.info({ userId: user.id }, 'auth.sign_up');
  } catch (error) {
    return {
      ...toActionState(error, ctx.log),
      values: { name: String(input.name ?? ''), email: String(input.email ?? '') },
    };
  }
  // Outside the try: Next's redirect must propagate.
  await signIn('credentials', {
    email: input.email,
    password: input.password,
    redirectTo: safeRedirectPath(form.get('next'), '/'),
  });
  return { ok: true };
}
