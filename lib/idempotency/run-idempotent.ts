import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Db, Tx, Database } from '@/db/client';
import { idempotencyKeys } from '@/db/schema';
import { AppError, isAppError } from '@/lib/errors';

export type IdempotentResponse = { status: number; body: string; replayed: boolean };

// A claim older than this belongs to a request that died mid-way; a retry may take it over.
const STALE_CLAIM_SECONDS = 60;
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

async function claim(db: Database, scope: string, key: string, hash: string): Promise<IdempotentResponse | null> {
  const inserted = await db.insert(idempotencyKeys).values({ scope, key, requestHash: hash }).onConflictDoNothing().returning({ key: idempotencyKeys.key });
  if (inserted.length > 0) return null;
  const [row] = await db.select().from(idempotencyKeys).where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key)));
  if (!row) return claim(db, scope, key, hash); // expired and pruned in between
  if (row.requestHash !== hash) {
    throw new AppError({ code: 'IDEMPOTENCY-KEY-REUSED', status: 422, message: 'Esta Idempotency-Key ya se usó con otra solicitud.' });
  }
  if (row.responseStatus !== null && row.responseBody !== null) return { status: row.responseStatus, body: row.responseBody, replayed: true };
  const takenOver = await db
    .update(idempotencyKeys)
    .set({ lockedAt: sql`now()` })
    .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key), sql`${idempotencyKeys.responseStatus} IS NULL`, sql`${idempotencyKeys.lockedAt} < now() - make_interval(secs => ${STALE_CLAIM_SECONDS})`))
    .returning({ key: idempotencyKeys.key });
  if (takenOver.length > 0) return null;
  throw new AppError({ code: 'IDEMPOTENCY-IN-FLIGHT', status: 409, message: 'Tu solicitud anterior todavía se está procesando. Espera un momento.' });
}

function errorBody(error: AppError): string {
  return JSON.stringify({ error: { code: error.code, message: error.message, details: error.details ?? {} } });
}

/**
 * Runs `work` at most once per (scope, key). The response is stored in the same transaction as the
 * work's effects, so a crash can never leave an effect without its stored answer (which would let a
 * retry apply it twice). Business refusals are stored too and replayed; unexpected failures release
 * the key so the client can retry.
 */
export async function runIdempotent(
  db: Database,
  args: { scope: string; key: string; body: unknown },
  work: (tx: Tx) => Promise<{ status: number; body: unknown }>,
): Promise<IdempotentResponse> {
  const hash = requestHash(args.body);
  const replay = await claim(db, args.scope, args.key, hash);
  if (replay) return replay;
  const where = and(eq(idempotencyKeys.scope, args.scope), eq(idempotencyKeys.key, args.key));
  try {
    return await db.transaction(async (tx) => {
      const result = await work(tx);
      const body = JSON.stringify(result.body);
      await tx.update(idempotencyKeys).set({ responseStatus: result.status, responseBody: body }).where(where);
      return { status: result.status, body, replayed: false };
    });
  } catch (error) {
    if (isAppError(error) && error.status < 500) {
      await db.update(idempotencyKeys).set({ responseStatus: error.status, responseBody: errorBody(error) }).where(where);
    } else {
      await db.delete(idempotencyKeys).where(where);
    }
    throw error;
  }
}

/** Keys are kept 24 h (api.md). */
export async function pruneIdempotencyKeys(db: Db): Promise<number> {
  const deleted = await db.delete(idempotencyKeys).where(sql`${idempotencyKeys.createdAt} < now() - interval '24 hours'`).returning({ key: idempotencyKeys.key });
  return deleted.length;
}
