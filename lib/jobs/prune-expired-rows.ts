import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';

/** Webhook deliveries are kept this long for audit (they are the raw proof of what Wompi sent). */
export const WEBHOOK_DELIVERY_RETENTION_DAYS = 90;

async function deleteInBatches(db: Db, select: SQL, table: SQL, batchSize: number): Promise<number> {
  let deleted = 0;
  for (let i = 0; i < 20; i++) {
    const rows = await db.execute<{ gone: number }>(sql`
      WITH gone AS (DELETE FROM ${table} WHERE ctid IN (${select} LIMIT ${batchSize}) RETURNING 1)
      SELECT count(*)::int AS gone FROM gone`);
    const count = Number(rows[0]?.gone ?? 0);
    deleted += count;
    if (count < batchSize) break;
  }
  return deleted;
}

/**
 * Rows that only grow otherwise: rate-limit buckets whose window ended (every IP, email and shopper
 * that was ever throttled leaves one) and webhook deliveries past their retention. Bounded batches,
 * so a large backlog never holds locks for long; safe to run twice.
 */
export async function pruneExpiredRows(
  db: Db,
  args: { batchSize?: number; webhookRetentionDays?: number } = {},
): Promise<{ rateLimitBuckets: number; webhookDeliveries: number }> {
  const batchSize = args.batchSize ?? 5_000;
  const days = args.webhookRetentionDays ?? WEBHOOK_DELIVERY_RETENTION_DAYS;
  const rateLimitBuckets = await deleteInBatches(
    db,
    sql`SELECT ctid FROM rate_limit_buckets WHERE reset_at < now() - interval '1 hour'`,
    sql`rate_limit_buckets`,
    batchSize,
  );
  const webhookDeliveries = await deleteInBatches(
    db,
    sql`SELECT ctid FROM webhook_deliveries WHERE received_at < now() - make_interval(days => ${days})`,
    sql`webhook_deliveries`,
    batchSize,
  );
  return { rateLimitBuckets, webhookDeliveries };
}
