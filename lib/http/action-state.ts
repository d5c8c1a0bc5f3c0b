import { mapDbError } from '@/lib/db/map-db-error';
import { isAppError } from '@/lib/errors';
import type { Logger } from '@/lib/logger';
import { errorFields } from '@/lib/logger';
import type { ActionState } from './action-state-shape';

// The shape lives apart so client components can import it without the logger (see that file).
export { idleState, type ActionState } from './action-state-shape';

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
