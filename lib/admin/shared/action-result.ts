import { toActionState, type ActionState } from '@/lib/http/action-state';
import { createRequestContext, type RequestContext } from '@/lib/http/request-context';
import { toFormFieldNames } from './form-input';

/** A request id and logger for one admin server action. */
export function adminActionContext(action: string): RequestContext {
  return createRequestContext(undefined, { action: `admin.${action}` });
}

/** Form state for a refused action, with field messages under the form's own field names. */
export function adminActionError(error: unknown, ctx: RequestContext): ActionState {
  const state = toActionState(error, ctx.log);
  return { ...state, fields: toFormFieldNames(state.fields) };
}
