/**
 * What a server action returns to its form, without the server-side mapping of lib/http/action-state.ts
 * (which pulls in the logger, the env schema and the database error map). Client components import
 * this file, so none of that ends up in the browser bundle.
 */
export type ActionState = {
  ok: boolean;
  code?: string;
  message?: string;
  fields?: Record<string, string>;
  /** What the shopper typed (never passwords), so React's form reset after an action does not wipe it. */
  values?: Record<string, string>;
};

export const idleState: ActionState = { ok: false };
