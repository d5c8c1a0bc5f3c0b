import { NextRequest } from 'next/server';
import { getDb } from '@/db/client';
import { handlers } from '@/lib/auth/auth';
import { assertSignInAllowed } from '@/lib/auth/authenticate';
import { isAppError, validationError } from '@/lib/errors';
import { errorResponse, toErrorResponse } from '@/lib/http/api-route';
import { clientIp } from '@/lib/http/client-ip';
import { readBodyBytes } from '@/lib/http/read-body';
import { createRequestContext } from '@/lib/http/request-context';
import { isSafeText, UNSAFE_TEXT_MESSAGE } from '@/lib/validation/primitives';

export const GET = handlers.GET;

/** Auth.js posts are small forms (csrfToken, email, password, callbackUrl): anything larger is refused while streaming. */
const MAX_AUTH_BODY_BYTES = 8 * 1024;

/**
 * Auth.js answers a throttled credentials sign-in with a redirect; scripts and apps need a real 429
 * with Retry-After, so a locked-out email + IP is refused here before Auth.js runs. The body is read
 * once, bounded, and handed to Auth.js as a fresh request; a field with NUL or a lone surrogate is a
 * 400 here instead of a database error inside Auth.js.
 */
export async function POST(req: NextRequest): Promise<Response> {
  const ctx = createRequestContext(req.headers);
  try {
    const body = await readBodyBytes(req, MAX_AUTH_BODY_BYTES);
    const forward = new Request(req.url, { method: 'POST', headers: req.headers, body: body.byteLength ? body : null });
    if (req.nextUrl.pathname.endsWith('/callback/credentials')) {
      const form = await forward
        .clone()
        .formData()
        .catch(() => null);
      for (const [name, value] of form?.entries() ?? []) {
        if (typeof value === 'string' && !isSafeText(value)) throw validationError({ [name]: UNSAFE_TEXT_MESSAGE });
      }
      const email = form?.get('email');
      if (typeof email === 'string' && email.length > 0) {
        try {
          await assertSignInAllowed(getDb(), { email, ip: clientIp(req.headers) });
        } catch (error) {
          if (!isAppError(error)) throw error;
          ctx.log.warn({ code: error.code }, 'auth.sign_in_throttled');
          return errorResponse(error, ctx.requestId);
        }
      }
    }
    return await handlers.POST(new NextRequest(forward));
  } catch (error) {
    return toErrorResponse(error, ctx);
  }
}
