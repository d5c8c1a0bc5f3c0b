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
