import type { NextRequest } from 'next/server';
import { AppError, isAppError } from '@/lib/errors';
import { errorFields } from '@/lib/logger';
import { createRequestContext, type RequestContext } from './request-context';

export const MAX_JSON_BYTES = 64 * 1024;

export type ApiContext<P> = RequestContext & {
  req: NextRequest;
  params: P;
  /** The parsed JSON body (≤ 64 KiB); a malformed body is a 400 VALIDATION. */
  readJson: () => Promise<unknown>;
};

type Handler<P> = (ctx: ApiContext<P>) => Promise<Response>;

export function errorResponse(error: AppError, requestId: string): Response {
  const headers = new Headers({ 'x-request-id': requestId });
  const retryAfter = error.details?.retryAfterSeconds;
  if (typeof retryAfter === 'number') headers.set('Retry-After', String(retryAfter));
  return Response.json(
    { error: { code: error.code, message: error.message, details: error.details ?? {} } },
    { status: error.status, headers },
  );
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Route handlers have no CSRF protection of their own: a browser request that says it is
 * cross-site is refused. Scripts and apps send no Origin and rely on the session cookie (docs/api.md).
 */
function assertSameOrigin(req: NextRequest): void {
  if (!UNSAFE_METHODS.has(req.method)) return;
  const site = req.headers.get('sec-fetch-site');
  const origin = req.headers.get('origin');
  const host = req.headers.get('x-forwarded-host') ?? req.headers.get('host');
  const isCrossSite = site === 'cross-site' || (origin !== null && hostOf(origin) !== host);
  if (isCrossSite) {
    throw new AppError({ code: 'FORBIDDEN', status: 403, message: 'Solicitud de otro sitio rechazada.' });
  }
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null; // includes the literal "null" origin of sandboxed frames
  }
}

async function readLimitedJson(req: NextRequest): Promise<unknown> {
  const declared = Number(req.headers.get('content-length') ?? '0');
  const tooLarge = () =>
    new AppError({ code: 'PAYLOAD-TOO-LARGE', status: 413, message: 'La solicitud es demasiado grande.' });
  if (declared > MAX_JSON_BYTES) throw tooLarge();
  const text = await req.text();
  if (Buffer.byteLength(text) > MAX_JSON_BYTES) throw tooLarge();
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError({
      code: 'VALIDATION',
      status: 400,
      message: 'El cuerpo no es JSON válido.',
      details: { fields: { _: 'JSON inválido.' } },
    });
  }
}

/**
 * Wraps a route handler: request id and logger, same-origin check, body limit, and the mapping of
 * errors to the docs/api.md envelope. Unknown errors are logged and answered 500 INTERNAL with the
 * request id only: never a stack trace.
 */
export function apiRoute<P = Record<string, never>>(handler: Handler<P>) {
  return async (req: NextRequest, segment: { params: Promise<P> }): Promise<Response> => {
    const ctx = createRequestContext(req.headers, { method: req.method, path: req.nextUrl.pathname });
    try {
      assertSameOrigin(req);
      const params = segment?.params ? await segment.params : ({} as P);
      const response = await handler({ ...ctx, req, params, readJson: () => readLimitedJson(req) });
      response.headers.set('x-request-id', ctx.requestId);
      return response;
    } catch (error) {
      if (isAppError(error)) {
        if (error.status >= 500) ctx.log.error({ code: error.code, ...errorFields(error.cause) }, 'request.failed');
        else ctx.log.info({ code: error.code, status: error.status }, 'request.refused');
        return errorResponse(error, ctx.requestId);
      }
      ctx.log.error(errorFields(error), 'request.crashed');
      return errorResponse(
        new AppError({
          code: 'INTERNAL',
          status: 500,
          message: 'Algo salió mal de nuestro lado. Intenta de nuevo.',
          details: { requestId: ctx.requestId },
        }),
        ctx.requestId,
      );
    }
  };
}
