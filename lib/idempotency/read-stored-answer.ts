import { AppError, type AppErrorCode } from '@/lib/errors';
import type { IdempotentResponse } from './run-idempotent';

type StoredError = { error?: { code?: string; message?: string; details?: Record<string, unknown> } };

/**
 * `runIdempotent` replays a refused first attempt as its stored status and body instead of throwing;
 * a door that answers with form state rather than that body reads it here: a success body parsed, a
 * stored refusal thrown again as the same AppError.
 */
export function readStoredAnswer<T>(result: IdempotentResponse): T {
  const parsed: unknown = JSON.parse(result.body);
  if (result.status < 400) return parsed as T;
  const error = (parsed as StoredError).error ?? {};
  throw new AppError({
    code: (error.code ?? 'INTERNAL') as AppErrorCode,
    status: result.status,
    message: error.message ?? 'Algo salió mal de nuestro lado. Intenta de nuevo.',
    details: error.details,
  });
}
