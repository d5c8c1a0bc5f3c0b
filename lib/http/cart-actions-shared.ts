import { headers } from 'next/headers';
import type { IdempotentResponse } from '@/lib/idempotency/run-idempotent';
import type { ActionState } from './action-state';
import { createRequestContext, type RequestContext } from './request-context';

/** What the cart, checkout and order actions hand back to their client components. */
export type CartActionResult = ActionState;

/**
 * The request headers and a logger bound to the action's name and request id. Server actions have no
 * NextRequest, so they read the headers through `next/headers`.
 */
export async function actionContext(action: string): Promise<RequestContext & { headers: Headers }> {
  const requestHeaders = new Headers(await headers());
  return { ...createRequestContext(requestHeaders, { action }), headers: requestHeaders };
}

type StoredError = { error?: { code?: string; message?: string; details?: { fields?: unknown } } };

/**
 * `runIdempotent` replays a refused first attempt as its stored status and body instead of throwing,
 * so a replayed refusal must be turned back into form state here. Success bodies are returned parsed.
 */
export function readIdempotentResult<T>(
  result: IdempotentResponse,
): { ok: true; body: T } | { ok: false; state: ActionState } {
  const parsed: unknown = JSON.parse(result.body);
  if (result.status < 400) return { ok: true, body: parsed as T };
  const error = (parsed as StoredError).error ?? {};
  const fields = error.details?.fields;
  return {
    ok: false,
    state: {
      ok: false,
      code: error.code ?? 'INTERNAL',
      message: error.message ?? 'Algo salió mal de nuestro lado. Intenta de nuevo.',
      fields: fields && typeof fields === 'object' ? (fields as Record<string, string>) : undefined,
    },
  };
}

/** A FormData text field; an absent or file field becomes undefined so zod reports it as missing, in Spanish. */
export function formText(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  return typeof value === 'string' ? value : undefined;
}
