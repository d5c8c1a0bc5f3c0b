import { mapDbError } from '@/lib/db/map-db-error';
import { isAppError } from '@/lib/errors';
import type { Logger } from '@/lib/logger';
import { errorFields } from '@/lib/logger';

/** What a server action returns to its form: a Spanish message, field messages and a stable code. */
export type ActionState = {
  ok: boolean;
  code?: string;
  message?: string;
  fields?: Record<string, string>;
  /** What the shopper typed (never passwords), so React's form reset after an action does not wipe it. */
  values?: Record<string, string>;
};

export const idleState: ActionState = { ok: false };

/** Maps an error to form state; unknown errors are logged and shown as a generic message. */
export function toActionState(error: unknown, log: Logger): ActionState {
  // Database down, a statement or lock timeout: a calm "try again" with the api.md code, not a crash.
  const mapped = isAppError(error) ? error : mapDbError(error);
  if (mapped && !isAppError(error)) log.warn({ code: mapped.code, ...errorFields(error) }, 'action.refused_db');
  error = mapped ?? error;
  if (isAppError(error)) {
    const fields = error.details?.fields;
    return {
      ok: false,
      code: error.code,
      message: error.message,
      fields: fields && typeof fields === 'object' ? (fields as Record<string, string>) : undefined,
    };
  }
  log.error(errorFields(error), 'action.crashed');
  return { ok: false, code: 'INTERNAL', message: 'Algo salió mal de nuestro lado. Intenta de nuevo.' };
}
