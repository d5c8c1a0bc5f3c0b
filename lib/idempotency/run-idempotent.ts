import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Db, Tx, Database } from '@/db/client';
import { idempotencyKeys } from '@/db/schema';
import { AppError, isAppError } from '@/lib/errors';
import { PG, pgErrorCode } from '@/lib/db/pg-error';

export type IdempotentResponse = { status: number; body: string; replayed: boolean };

const KEY = /^[A-Za-z0-9_-]{8,100}$/;

export function requestHash(body: unknown): string {
  return createHash('sha256').update(JSON.stringify(body ?? null)).digest('hex');
}

export function assertIdempotencyKey(key: string | null, required: boolean): key is string {
  if (key === null || key === '') {
    if (!required) return false;
    throw new AppError({ code: 'IDEMPOTENCY-KEY-REQUIRED', status: 400, message: 'Falta el encabezado Idempotency-Key.' });
  }
  if (!KEY.test(key)) throw new AppError({ code: 'VALIDATION', status: 400, message: 'Idempotency-Key inválida.', details: { fields: { 'Idempotency-Key': 'Usa un UUID.' } } });
  return true;
}

const inFlight = () => new AppError({ code: 'IDEMPOTENCY-IN-FLIGHT', status: 409, message: 'Tu solicitud anterior todavía se está procesando. Espera un momento.' });
const reused = () => new AppError({ code: 'IDEMPOTENCY-KEY-REUSED', status: 422, message: 'Esta Idempotency-Key ya se usó con otra solicitud.' });

/**
 * Claims (scope, key) inside the caller's transaction, or returns the stored answer. The claim is an
 * uncommitted unique-index entry, so a concurrent request with the same key waits on it (at most
 * lock_timeout) and then sees the committed answer, or claims it itself if the first one rolled back.
 */
async function claim(tx: Tx, scope: string, key: string, hash: string): Promise<IdempotentResponse | null> {
  let inserted: Array<{ key: string }>;
  try {
    inserted = await tx.insert(idempotencyKeys).values({ scope, key, requestHash: hash }).onConflictDoNothing().returning({ key: idempotencyKeys.key });
  } catch (error) {
    if (pgErrorCode(error) === PG.lockNotAvailable) throw inFlight();
    throw error;
  }
  if (inserted.length > 0) return null;
  const [row] = await tx.select().from(idempotencyKeys).where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key)));
  if (!row) throw inFlight(); // pruned between the two statements: rare enough to ask for a retry
  if (row.requestHash !== hash) throw reused();
  if (row.responseStatus !== null && row.responseBody !== null) return { status: row.responseStatus, body: row.responseBody, replayed: true };
  throw inFlight();
}

function errorBody(error: AppError): string {
  return JSON.stringify({ error: { code: error.code, message: error.message, details: error.details ?? {} } });
}

/**
 * Runs `work` at most once per (scope, key). The claim, the work's effects and the stored answer are
 * one transaction: a crash or an unexpected failure rolls all three back (the client may retry), and
 * an effect can never exist without its stored answer (which would let a retry apply it twice).
 * Business refusals are stored after the rollback and replayed. One transaction and one commit per
 * request: the claim costs no round trip of its own (#8).
 */
export async function runIdempotent(
  db: Database,
  args: { scope: string; key: string; body: unknown },
  work: (tx: Tx) => Promise<{ status: number; body: unknown }>,
): Promise<IdempotentResponse> {
  const hash = requestHash(args.body);
  try {
    return await db.transaction(async (tx) => {
      const replay = await claim(tx, args.scope, args.key, hash);
      if (replay) return replay;
      const result = await work(tx);
      const body = JSON.stringify(result.body);
      await tx
        .update(idempotencyKeys)
        .set({ responseStatus: result.status, responseBody: body })
        .where(and(eq(idempotencyKeys.scope, args.scope), eq(idempotencyKeys.key, args.key)));
      return { status: result.status, body, replayed: false };
    });
  } catch (error) {
    const isRefusal = isAppError(error) && error.status < 500 && !error.code.startsWith('IDEMPOTENCY-');
    if (isRefusal) {
      // If a retry claimed the key in between, its answer stands and this insert does nothing.
      await db
        .insert(idempotencyKeys)
        .values({ scope: args.scope, key: args.key, requestHash: hash, responseStatus: error.status, responseBody: errorBody(error) })
        .onConflictDoNothing();
    }
    throw error;
  }
}

/** Keys are kept 24 h (api.md). */
export async function pruneIdempotencyKeys(db: Db): Promise<number> {
  const deleted = await db.delete(idempotencyKeys).where(sql`${idempotencyKeys.createdAt} < now() - interval '24 hours'`).returning({ key: idempotencyKeys.key });
  return deleted.length;
}
