import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Db, Tx, Database } from '@/db/client';
import { idempotencyKeys } from '@/db/schema';
import { AppError, isAppError } from '@/lib/errors';

export type IdempotentResponse = { status: number; body: string; replayed: boolean };
type Answer = { status: number; body: unknown };

// api.md: a client-generated UUID (any version), the one format documented in the OpenAPI document too.
const KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The body was parsed by lib/http/read-body.ts, whose depth guard keeps this stringify bounded. */
export function requestHash(body: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(body ?? null))
    .digest('hex');
}

export function assertIdempotencyKey(key: string | null, required: boolean): key is string {
  if (key === null || key === '') {
    if (!required) return false;
    throw new AppError({
      code: 'IDEMPOTENCY-KEY-REQUIRED',
      status: 400,
      message: 'Falta el encabezado Idempotency-Key.',
    });
  }
  if (!KEY.test(key))
    throw new AppError({
      code: 'VALIDATION',
      status: 400,
      message: 'Idempotency-Key inválida.',
      details: { fields: { 'Idempotency-Key': 'Usa un UUID.' } },
    });
  return true;
}

const inFlight = () =>
  new AppError({
    code: 'IDEMPOTENCY-IN-FLIGHT',
    status: 409,
    message: 'Tu solicitud anterior todavía se está procesando. Espera un momento.',
  });
const reused = () =>
  new AppError({
    code: 'IDEMPOTENCY-KEY-REUSED',
    status: 422,
    message: 'Esta Idempotency-Key ya se usó con otra solicitud.',
  });

/**
 * Claims (scope, key) inside the caller's transaction, or returns the stored answer. One statement:
 * the row is inserted only while this transaction holds the key's advisory lock, so a concurrent
 * duplicate never queues behind the first request (holding a pooled connection): it finds no row and
 * no lock and answers 409 IN-FLIGHT at once. A committed row always carries its answer; a row without
 * one (left by the earlier two-step claim) is taken over, since its request cannot still be running.
 */
async function claim(tx: Tx, scope: string, key: string, hash: string): Promise<IdempotentResponse | null> {
  const inserted = await tx.execute<{ locked: boolean; inserted: boolean }>(sql`
    WITH lock AS (SELECT pg_try_advisory_xact_lock(hashtextextended(${scope} || ' ' || ${key}, 0)) AS locked),
    ins AS (
      INSERT INTO idempotency_keys (scope, key, request_hash)
      SELECT ${scope}, ${key}, ${hash} FROM lock WHERE locked
      ON CONFLICT DO NOTHING RETURNING 1
    )
    SELECT (SELECT locked FROM lock) AS locked, EXISTS (SELECT 1 FROM ins) AS inserted`);
  const [state] = inserted;
  if (!state?.locked) throw inFlight();
  if (state.inserted) return null;
  const [row] = await tx
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key)));
  if (!row) throw inFlight(); // pruned between the two statements: rare enough to ask for a retry
  if (row.requestHash !== hash) throw reused();
  if (row.responseStatus !== null && row.responseBody !== null)
    return { status: row.responseStatus, body: row.responseBody, replayed: true };
  return null;
}

function errorBody(error: AppError): string {
  return JSON.stringify({ error: { code: error.code, message: error.message, details: error.details ?? {} } });
}

const isStoredRefusal = (error: unknown): error is AppError =>
  isAppError(error) && error.status < 500 && !error.code.startsWith('IDEMPOTENCY-');

/**
 * Runs `work` at most once per (scope, key). The claim, the work's effects and the stored answer are
 * one transaction: a crash or an unexpected failure rolls all three back (the client may retry), and
 * an effect can never exist without its stored answer (which would let a retry apply it twice). The
 * work runs in a savepoint: a business refusal rolls back its effects only, and the refusal is
 * stored as the key's answer in the same commit, so every later request with the key replays exactly
 * that answer (#8).
 *
 * A work whose last statement holds a hot lock (checkout's stock reservation) may store its success
 * answer early, before that statement, with `storeAnswer`: the UPDATE then runs inside the savepoint, so
 * a refusal after it rolls it back and stores the refusal instead, and on success nothing is left to do
 * after the work but the savepoint's release and the commit. The work must then return what it stored.
 */
export async function runIdempotent(
  db: Database,
  args: { scope: string; key: string; body: unknown },
  work: (tx: Tx, early: { storeAnswer: (answer: Answer) => Promise<void> }) => Promise<Answer>,
): Promise<IdempotentResponse> {
  const hash = requestHash(args.body);
  const where = and(eq(idempotencyKeys.scope, args.scope), eq(idempotencyKeys.key, args.key));
  let refusal: AppError | null = null;
  const answer = await db.transaction(async (tx) => {
    const replay = await claim(tx, args.scope, args.key, hash);
    if (replay) return replay;
    let result: Answer;
    let stored: { answer: Answer; body: string } | null = null;
    const storeAnswer = async (early: Answer) => {
      const body = JSON.stringify(early.body);
      await tx
        .update(idempotencyKeys)
        .set({ responseStatus: early.status, responseBody: body, requestHash: hash })
        .where(where);
      stored = { answer: early, body };
    };
    try {
      result = await tx.transaction((savepoint) => work(savepoint, { storeAnswer }));
    } catch (error) {
      if (!isStoredRefusal(error)) throw error;
      await tx
        .update(idempotencyKeys)
        .set({ responseStatus: error.status, responseBody: errorBody(error) })
        .where(where);
      refusal = error;
      return null;
    }
    const early = stored as { answer: Answer; body: string } | null;
    if (early) {
      if (early.answer !== result) throw new Error('runIdempotent: the work must return the answer it stored');
      return { status: result.status, body: early.body, replayed: false };
    }
    const body = JSON.stringify(result.body);
    await tx
      .update(idempotencyKeys)
      .set({ responseStatus: result.status, responseBody: body, requestHash: hash })
      .where(where);
    return { status: result.status, body, replayed: false };
  });
  if (refusal) throw refusal;
  return answer!;
}

/** Keys are kept 24 h (docs/api.md). */
export async function pruneIdempotencyKeys(db: Db): Promise<number> {
  const deleted = await db
    .delete(idempotencyKeys)
    .where(sql`${idempotencyKeys.createdAt} < now() - interval '24 hours'`)
    .returning({ key: idempotencyKeys.key });
  return deleted.length;
}
