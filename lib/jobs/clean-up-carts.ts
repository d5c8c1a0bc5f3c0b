import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { logger, type Logger } from '@/lib/logger';
import { getStoreSettings } from '@/lib/settings/store-settings';

export type CartCleanupResult = { ttlDays: number; deleted: number };

/**
 * Deletes carts (guest or user; their lines cascade) idle for longer than the store's cart TTL, in
 * bounded batches so one run never holds many locks. SKIP LOCKED leaves alone a cart that a shopper
 * is using right now. A shopper whose cart was removed simply gets a new one on the next add.
 */
export async function cleanUpIdleCarts(
  db: Database,
  args: { batchSize?: number; maxBatches?: number; log?: Logger } = {},
): Promise<CartCleanupResult> {
  const { cartTtlDays } = await getStoreSettings(db);
  const batchSize = args.batchSize ?? 500;
  let deleted = 0;
  for (let batch = 0; batch < (args.maxBatches ?? 100); batch++) {
    const rows = await db.execute<{ id: string }>(sql`
      DELETE FROM carts WHERE id IN (
        SELECT id FROM carts
        WHERE last_activity_at < now() - make_interval(days => ${cartTtlDays})
        ORDER BY last_activity_at
        LIMIT ${batchSize}
        FOR UPDATE SKIP LOCKED
      ) RETURNING id`);
    deleted += rows.length;
    if (rows.length < batchSize) break;
  }
  if (deleted > 0) (args.log ?? logger).info({ deleted, ttlDays: cartTtlDays }, 'cart.cleanup');
  return { ttlDays: cartTtlDays, deleted };
}
