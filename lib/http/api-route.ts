import type { NextRequest } from 'next/server';
import { mapDbError } from '@/lib/db/map-db-error';
import { AppError, isAppError, validationError } from '@/lib/errors';
import { errorFields } from '@/lib/logger';
import { isSafeText, UNSAFE_TEXT_MESSAGE } from '@/lib/validation/primitives';
import { readJsonBody } from './read-body';
import { createRequestContext, type RequestContext } from './request-context';

export { MAX_JSON_BYTES } from './read-body';

export type ApiContext<P> = RequestContext & {
  req: NextRequest;
  params: P;
  /** The parsed JSON body (lib/http/read-body.ts): ≤ 64 KiB while streaming, application/json, bounded depth; PATCH needs ≥ 1 field. */
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

/** An AppError as is; a database failure mapped to its api.md code; anything else a 500 INTERNAL (logged). */
export function toErrorResponse(error: unknown, ctx: RequestContext): Response {
  const known = isAppError(error) ? error : mapDbError(error);
  if (known) {
    if (known.status >= 500)
      ctx.log.error({ code: known.code, ...errorFields(known.cause ?? error) }, 'request.failed');
    else ctx.log.info({ code: known.code, status: known.status }, 'request.refused');
    return errorResponse(known, ctx.requestId);
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

/** Path parameters Next.js decoded: text PostgreSQL cannot store (`%00`, lone surrogates) is a 400 at the door. */
function assertSafeParams(params: unknown): void {
  if (!params || typeof params !== 'object') return;
  for (const [name, value] of Object.entries(params)) {
    const values = Array.isArray(value) ? value : [value];
    if (values.some((v) => typeof v === 'string' && !isSafeText(v))) {
      throw validationError({ [name]: UNSAFE_TEXT_MESSAGE });
    }
  }
}

/**
 * Wraps a route handler: request id and logger, same-origin check, safe path parameters, the body
 * reader, and the mapping of errors to the docs/api.md envelope (database outages → 503, lock timeouts →
 * 409 MKT-BUSY). Unknown errors are logged and answered 500 INTERNAL with the request id only:
 * never a stack trace.
 */
export function apiRoute<P = Record<string, never>>(handler: Handler<P>) {
  return async (req: NextRequest, segment: { params: Promise<P> }): Promise<Response> => {
    const ctx = createRequestContext(req.headers, { method: req.method, path: req.nextUrl.pathname });
    try {
      assertSameOrigin(req);
      const params = segment?.params ? await segment.params : ({} as P);
      assertSafeParams(params);
      const readJson = () => readJsonBody(req, { requireFields: req.method === 'PATCH' });
      const response = await handler({ ...ctx, req, params, readJson });
      response.headers.set('x-request-id', ctx.requestId);
      return response;
    } catch (error) {
      return toErrorResponse(error, ctx);
    }
  };
}
