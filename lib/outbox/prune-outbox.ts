import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';

/**
 * Deletes delivered outbox rows older than `olderThanDays`, in bounded batches. Undelivered rows are
 * never touched, whatever their age: they are side effects still owed.
 */
export async function pruneDeliveredOutbox(
  db: Db,
  args: { olderThanDays?: number; batchSize?: number; maxBatches?: number } = {},
): Promise<{ deleted: number }> {
  const days = args.olderThanDays ?? 7;
  const batchSize = args.batchSize ?? 5_000;
  let deleted = 0;
  for (let i = 0; i < (args.maxBatches ?? 20); i++) {
    const rows = await db.execute<{ id: string }>(sql`
      DELETE FROM outbox WHERE id IN (
        SELECT id FROM outbox WHERE delivered_at IS NOT NULL AND delivered_at < now() - make_interval(days => ${days}) LIMIT ${batchSize}
      ) RETURNING id`);
    deleted += rows.length;
    if (rows.length < batchSize) break;
  }
  return { deleted };
}
