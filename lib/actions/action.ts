import { headers as requestHeaders } from 'next/headers';
import { unstable_rethrow } from 'next/navigation';
import type { z } from 'zod';
import { getDb, type Tx } from '@/db/client';
import { toFormFieldNames } from '@/lib/admin/shared/form-input';
import { getCurrentUser, type CurrentUser, type Role } from '@/lib/auth/guards';
import { AppError, authRequired, forbidden } from '@/lib/errors';
import { toActionState, type ActionState } from '@/lib/http/action-state';
import { clientIp } from '@/lib/http/client-ip';
import { enforceNamedRateLimit, type RateLimitName } from '@/lib/http/rate-limit-door';
import { createRequestContext, type RequestContext } from '@/lib/http/request-context';
import { assertIdempotencyKey, runIdempotent } from '@/lib/idempotency/run-idempotent';
import { readStoredAnswer } from '@/lib/idempotency/read-stored-answer';
import { parseInput } from '@/lib/validation';

/**
 * Who may call a server action. Any exported `'use server'` function is a public endpoint, so every
 * action says it in its declaration: `public` (guests too; `user` may be null), `user` (signed in),
 * `staff` (STAFF or ADMIN: the areas lib/admin/shared/access.ts opens to staff) or `admin`.
 */
export type ActionAuth = 'public' | 'user' | 'staff' | 'admin';

const ROLES: Record<Exclude<ActionAuth, 'public'>, readonly Role[] | null> = {
  user: null,
  staff: ['ADMIN', 'STAFF'],
  admin: ['ADMIN'],
};

export type ActionConfig<S extends z.ZodType, A extends ActionAuth> = {
  /** Bound to every log line of the action, e.g. `cart.add`. */
  name: string;
  auth: A;
  /**
   * Parses what the door itself reads (ids, intents, typed fields). A FormData payload is parsed as
   * its text fields (`form.get` of each name); fields a service validates with its own API schema
   * are passed on from `form` untouched, so both doors share that validation.
   */
  schema: S;
  /** A named budget of lib/http/rate-limit-door.ts, spent after auth and parsing. */
  rateLimit?: RateLimitName;
  /** The payload carries `idempotencyKey` (checked here); `once` runs the work at most once per key. */
  idempotent?: boolean;
  /** Field values echoed back in a refused state so React's form reset keeps them (never passwords). */
  keepValues?: readonly string[];
  /** The AUTH-REQUIRED message when it should say more than "sign in to continue". */
  signInMessage?: string;
};

type UserFor<A extends ActionAuth> = A extends 'public' ? CurrentUser | null : CurrentUser;

export type ActionContext<S extends z.ZodType, A extends ActionAuth> = RequestContext & {
  user: UserFor<A>;
  input: z.output<S>;
  /** The posted FormData, for fields a service parses itself (nested names, files); empty for a direct call. */
  form: FormData;
  headers: Headers;
  /**
   * For `idempotent` actions: runs `work` in a transaction at most once per (scope, key) and returns
   * its answer, or the stored one on a retry; a stored refusal is thrown again as its AppError.
   */
  once: <T>(scope: string, work: (tx: Tx) => Promise<T>) => Promise<T>;
  /** The checked Idempotency-Key of an `idempotent` action ('' otherwise). */
  idempotencyKey: string;
};

/** Callable as `action(input)` from a client component and as `action(previousState, formData)` by useActionState. */
export type ServerAction<I, R> = {
  (input: I): Promise<R>;
  (previous: ActionState, input: I): Promise<R>;
};

/** A form post, or the parsed fields of a direct call (plus the key of an `idempotent` action). */
type Payload<S extends z.ZodType> = FormData | (z.input<S> & { idempotencyKey?: string });

/**
 * What the caller sees: `ActionState` plus any extra field the body adds (e.g. `subscribed`). A body
 * that only redirects returns never and still answers refusals as state; a body that returns nothing
 * (sign out, a plain `<form action>`) answers void: its refusals are logged and nobody reads them.
 */
export type ActionResult<T> = [T] extends [never]
  ? ActionState
  : [T] extends [void]
    ? void
    : ActionState & Partial<Omit<Exclude<T, void>, keyof ActionState>>;

/**
 * The one wrapper of every server action: request id and logger, auth, input parsing, rate limit,
 * idempotency key, and the mapping of errors to form state. The body gets a typed user and input and
 * does the door's work (one service call, then revalidate or redirect). Next's redirect/notFound
 * propagate; an AppError becomes `{ ok: false, code, message, fields }`; anything else is logged and
 * shown as a generic message.
 */
export function action<S extends z.ZodType, A extends ActionAuth, T extends ActionState | void>(
  config: ActionConfig<S, A>,
  body: (ctx: ActionContext<S, A>) => Promise<T>,
): ServerAction<Payload<S>, ActionResult<T>> {
  const run = async (...args: unknown[]): Promise<ActionState | void> => {
    const payload = args.length >= 2 ? args[1] : args[0];
    const form = payload instanceof FormData ? payload : null;
    const headers = new Headers(await requestHeaders());
    const ctx = createRequestContext(headers, { action: config.name });
    let state: ActionState | void;
    try {
      const user = await authenticate(config);
      const raw = form ? formTextFields(form) : payload;
      const key = config.idempotent ? idempotencyKeyOf(raw) : '';
      const input = parseInput(config.schema, config.idempotent ? withoutKey(raw) : raw);
      if (config.rateLimit)
        await enforceNamedRateLimit(config.rateLimit, { userId: user?.id ?? null, ip: clientIp(headers) });
      const once = <T>(scope: string, work: (tx: Tx) => Promise<T>) => runOnce({ scope, key, body: input }, work);
      const posted = form ?? new FormData();
      state = await body({ ...ctx, user: user as UserFor<A>, input, form: posted, headers, once, idempotencyKey: key });
    } catch (error) {
      unstable_rethrow(error);
      state = refusal(config, error, ctx);
    }
    return withValues(config, state, payload);
  };
  return run as ServerAction<Payload<S>, ActionResult<T>>;
}

async function authenticate(config: ActionConfig<z.ZodType, ActionAuth>): Promise<CurrentUser | null> {
  const user = await getCurrentUser();
  if (config.auth === 'public') return user;
  if (!user) {
    if (!config.signInMessage) throw authRequired();
    throw new AppError({ code: 'AUTH-REQUIRED', status: 401, message: config.signInMessage });
  }
  const roles = ROLES[config.auth];
  if (roles && !roles.includes(user.role)) throw forbidden();
  return user;
}

function refusal(config: ActionConfig<z.ZodType, ActionAuth>, error: unknown, ctx: RequestContext): ActionState {
  const state = toActionState(error, ctx.log);
  // Admin forms type pesos into `price` where the service speaks `priceCents`: report under the form's names.
  const isAdminForm = config.auth === 'staff' || config.auth === 'admin';
  return isAdminForm ? { ...state, fields: toFormFieldNames(state.fields) } : state;
}

function withValues(
  config: ActionConfig<z.ZodType, ActionAuth>,
  state: ActionState | void,
  payload: unknown,
): ActionState | void {
  if (!config.keepValues || !state || state.ok) return state;
  const values: Record<string, string> = {};
  for (const name of config.keepValues) values[name] = textOf(payload, name);
  return { ...state, values };
}

/** Text fields of a form as `form.get` sees them (the first value of a name); files are left to `form`. */
function formTextFields(form: FormData): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, value] of form.entries())
    if (typeof value === 'string' && !(name in fields) && !name.startsWith('$ACTION')) fields[name] = value;
  return fields;
}

function textOf(payload: unknown, name: string): string {
  const value = payload instanceof FormData ? payload.get(name) : (payload as Record<string, unknown>)?.[name];
  return typeof value === 'string' ? value : '';
}

function idempotencyKeyOf(raw: unknown): string {
  const key = (raw as { idempotencyKey?: unknown } | null)?.idempotencyKey;
  const text = typeof key === 'string' ? key : null;
  assertIdempotencyKey(text, true);
  return text!;
}

function withoutKey(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object') return raw;
  const { idempotencyKey: _key, ...rest } = raw as Record<string, unknown>;
  return rest;
}

async function runOnce<T>(args: { scope: string; key: string; body: unknown }, work: (tx: Tx) => Promise<T>) {
  if (!args.key) throw new Error('once() needs an action declared with idempotent: true');
  const result = await runIdempotent(getDb(), args, async (tx) => ({ status: 201, body: await work(tx) }));
  return readStoredAnswer<T>(result);
}
