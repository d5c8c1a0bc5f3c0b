import { AppError, validationError } from '@/lib/errors';

/**
 * Turns the database failures a caller can do something about into the api.md codes instead of a
 * 500 (issue #14 item 8, issue #21): the database unreachable or over its statement timeout → 503
 * SERVICE-UNAVAILABLE, a row lock not had in time → 409 MKT-BUSY, both with Retry-After; text or
 * numbers PostgreSQL cannot take → 400 VALIDATION (the doors refuse these first; this is the net).
 * Anything else returns null and stays a bug (500 INTERNAL with a request id).
 */
export function mapDbError(error: unknown): AppError | null {
  if ((error as { digest?: unknown } | null)?.digest === SERVICE_UNAVAILABLE_DIGEST) return serviceUnavailable(error);
  const codes = errorCodes(error);
  const has = (predicate: (code: string) => boolean) => codes.some(predicate);
  if (has((c) => c === '55P03')) {
    return new AppError({
      code: 'MKT-BUSY',
      status: 409,
      message: 'Alguien más está cambiando esto en este momento. Intenta de nuevo en unos segundos.',
      details: { retryAfterSeconds: 2 },
      cause: error,
    });
  }
  if (has((c) => c === '57014' || CONNECTION_CODES.has(c) || c.startsWith('08'))) {
    return serviceUnavailable(error);
  }
  if (has((c) => c === '22021' || c === '22P05' || c === '22P02' || c === '22003' || c === '22007' || c === '22008')) {
    return validationError({ _: 'Algún dato no tiene un formato válido.' });
  }
  return null;
}

/**
 * The digest a database outage keeps across a `'use cache'` boundary. Next.js hands the caller of a
 * cached function an opaque error ("An error occurred in the Server Components render") that keeps
 * only the thrown error's `digest`, so a catalogue read during an outage would answer 500; with this
 * digest mapDbError still knows it for a 503 (found by `npm run test:faults -- postgres-restart`).
 */
export const SERVICE_UNAVAILABLE_DIGEST = 'BOTICA-SERVICE-UNAVAILABLE';

/** Runs a database read inside `'use cache'`: an outage leaves it marked with SERVICE_UNAVAILABLE_DIGEST. */
export async function markOutageForCache<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (mapDbError(error)?.code !== 'SERVICE-UNAVAILABLE') throw error;
    throw Object.assign(new Error('database unavailable', { cause: error }), { digest: SERVICE_UNAVAILABLE_DIGEST });
  }
}

export function serviceUnavailable(cause?: unknown, retryAfterSeconds = 5): AppError {
  return new AppError({
    code: 'SERVICE-UNAVAILABLE',
    status: 503,
    message: 'El servicio no está disponible en este momento. Intenta de nuevo en unos segundos.',
    details: { retryAfterSeconds },
    cause,
  });
}

/** postgres.js connection failures (driver codes) and the server's "shutting down / too many" states. */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'CONNECT_TIMEOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '53300', // too_many_connections
]);

/** Codes along the cause chain (Drizzle wraps the driver error in DrizzleQueryError; AggregateError for dual-stack connects). */
function errorCodes(error: unknown): string[] {
  const codes: string[] = [];
  const queue: unknown[] = [error];
  for (let seen = 0; queue.length > 0 && seen < 10; seen++) {
    const current = queue.shift() as { code?: unknown; cause?: unknown; errors?: unknown } | null;
    if (!current || typeof current !== 'object') continue;
    if (typeof current.code === 'string') codes.push(current.code);
    if (current.cause) queue.push(current.cause);
    if (Array.isArray(current.errors)) queue.push(...current.errors.slice(0, 3));
  }
  return codes;
}
