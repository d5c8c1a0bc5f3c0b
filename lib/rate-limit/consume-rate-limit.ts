import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';

export type RateLimitResult = { allowed: boolean; remaining: number; retryAfterSeconds: number };

/**
 * Fixed-window counter in one atomic upsert, shared by every app instance through PostgreSQL.
 * `limit` 0 means the limit is off (load tests on a private machine).
 *
 * Why not rate-limiter-flexible: its PostgreSQL store needs the `pg` driver and creates its table at
 * run time outside our migrations; this is one statement on the pool we already have.
 */
export async function consumeRateLimit(
  db: Db,
  args: { key: string; limit: number; windowSeconds: number; cost?: number },
): Promise<RateLimitResult> {
  if (args.limit <= 0) return { allowed: true, remaining: Number.MAX_SAFE_INTEGER, retryAfterSeconds: 0 };
  const cost = args.cost ?? 1;
  const rows = await db.execute<{ count: number; retry_after: number }>(sql`
    INSERT INTO rate_limit_buckets (key, count, reset_at)
    VALUES (${args.key}, ${cost}, now() + make_interval(secs => ${args.windowSeconds}))
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN rate_limit_buckets.reset_at <= now() THEN ${cost} ELSE rate_limit_buckets.count + ${cost} END,
      reset_at = CASE WHEN rate_limit_buckets.reset_at <= now() THEN excluded.reset_at ELSE rate_limit_buckets.reset_at END
    RETURNING count, GREATEST(1, CEIL(EXTRACT(EPOCH FROM reset_at - now())))::int AS retry_after`);
  const row = rows[0];
  const count = Number(row?.count ?? 0);
  return {
    allowed: count <= args.limit,
    remaining: Math.max(0, args.limit - count),
    retryAfterSeconds: Number(row?.retry_after ?? args.windowSeconds),
  };
}

/** Reads a bucket without consuming it (e.g. to refuse a sign-in that is already locked out). */
export async function peekRateLimit(db: Db, args: { key: string; limit: number }): Promise<RateLimitResult> {
  if (args.limit <= 0) return { allowed: true, remaining: Number.MAX_SAFE_INTEGER, retryAfterSeconds: 0 };
  const rows = await db.execute<{ count: number; retry_after: number }>(sql`
    SELECT count, GREATEST(1, CEIL(EXTRACT(EPOCH FROM reset_at - now())))::int AS retry_after
    FROM rate_limit_buckets WHERE key = ${args.key} AND reset_at > now()`);
  const row = rows[0];
  const count = Number(row?.count ?? 0);
  return {
    allowed: count < args.limit,
    remaining: Math.max(0, args.limit - count),
    retryAfterSeconds: Number(row?.retry_after ?? 0),
  };
}

export async function resetRateLimit(db: Db, key: string): Promise<void> {
  await db.execute(sql`DELETE FROM rate_limit_buckets WHERE key = ${key}`);
}
