import type { NextRequest } from 'next/server';
import { getDb } from '@/db/client';
import { handlers } from '@/lib/auth/auth';
import { assertSignInAllowed } from '@/lib/auth/authenticate';
import { isAppError } from '@/lib/errors';
import { errorResponse } from '@/lib/http/api-route';
import { clientIp } from '@/lib/http/client-ip';
import { createRequestContext } from '@/lib/http/request-context';

export const GET = handlers.GET;

/**
 * Auth.js answers a throttled credentials sign-in with a redirect; scripts and apps need a real 429
 * with Retry-After, so a locked-out email + IP is refused here before Auth.js runs.
 */
export async function POST(req: NextRequest): Promise<Response> {
  if (req.nextUrl.pathname.endsWith('/callback/credentials')) {
    const form = await req
      .clone()
      .formData()
      .catch(() => null);
    const email = form?.get('email');
    if (typeof email === 'string' && email.length > 0) {
      try {
        await assertSignInAllowed(getDb(), { email, ip: clientIp(req.headers) });
      } catch (error) {
        if (!isAppError(error)) throw error;
        const ctx = createRequestContext(req.headers);
        ctx.log.warn({ code: error.code }, 'auth.sign_in_throttled');
        return errorResponse(error, ctx.requestId);
      }
    }
  }
  return handlers.POST(req);
}
