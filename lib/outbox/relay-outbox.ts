import { eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { outbox } from '@/db/schema';
import { errorFields, logger, type Logger } from '@/lib/logger';
import { describeError, retryDelayMs } from './retry-backoff';

export type OutboxMessage = {
  id: number;
  eventId: string;
  name: string;
  payload: Record<string, unknown>;
  /** Including this one. */
  attempts: number;
  createdAt: Date;
};

export type DeliveryResult =
  | { id: number; outcome: 'delivered' }
  /** Not an error: the handler asked to see the message again later (e.g. a reservation not yet due). */
  | { id: number; outcome: 'deferred'; until: Date }
  | { id: number; outcome: 'failed'; error: unknown };

/** Hands a claimed batch to its consumer (Inngest or the embedded handlers) and reports per message. */
export type OutboxDeliverer = (messages: OutboxMessage[]) => Promise<DeliveryResult[]>;

export type RelayResult = { claimed: number; delivered: number; deferred: number; failed: number };

type RelayOptions = {
  deliver: OutboxDeliverer;
  limit?: number;
  /** How long a claim is exclusive. A relay that dies mid-batch leaves its rows to the next relay after this. */
  leaseMs?: number;
  retryBaseMs?: number;
  log?: Logger;
};

/**
 * Claims up to `limit` due, undelivered rows. SKIP LOCKED plus the lease means concurrent relays (in
 * several app instances) take disjoint batches; a row whose lease ran out (its relay died) is due again.
 */
export async function claimOutboxBatch(
  db: Database,
  args: { limit: number; leaseMs: number },
): Promise<OutboxMessage[]> {
  const rows = await db.execute<{
    id: string;
    event_id: string;
    name: string;
    payload: Record<string, unknown>;
    attempts: number;
    created_at: string;
  }>(sql`
    UPDATE outbox AS o
    SET locked_until = now() + make_interval(secs => ${args.leaseMs / 1000}), attempts = o.attempts + 1
    FROM (
      SELECT id FROM outbox
      WHERE delivered_at IS NULL AND available_at <= now() AND (locked_until IS NULL OR locked_until <= now())
      ORDER BY available_at, id
      LIMIT ${args.limit}
      FOR UPDATE SKIP LOCKED
    ) AS due
    WHERE o.id = due.id
    RETURNING o.id, o.event_id, o.name, o.payload, o.attempts, o.created_at`);
  return rows
    .map((r) => ({
      id: Number(r.id),
      eventId: r.event_id,
      name: r.name,
      payload: r.payload,
      attempts: Number(r.attempts),
      createdAt: new Date(r.created_at),
    }))
    .sort((a, b) => a.id - b.id);
}

/**
 * One relay pass: claim a batch, deliver it after the commit that wrote it (at least once), then
 * record each outcome. Delivered rows are stamped; failed ones keep their error and come back after
 * a backoff; nothing is ever dropped. A crash between delivery and stamping means a redelivery, which
 * the consumers absorb: Inngest dedupes on the event id, the embedded handlers on their dedupe keys.
 */
export async function relayOutbox(db: Database, options: RelayOptions): Promise<RelayResult> {
  const log = options.log ?? logger;
  const batch = await claimOutboxBatch(db, { limit: options.limit ?? 50, leaseMs: options.leaseMs ?? 120_000 });
  const result: RelayResult = { claimed: batch.length, delivered: 0, deferred: 0, failed: 0 };
  if (batch.length === 0) return result;

  let outcomes: DeliveryResult[];
  try {
    outcomes = await options.deliver(batch);
  } catch (error) {
    outcomes = batch.map((m) => ({ id: m.id, outcome: 'failed' as const, error }));
  }
  const byId = new Map(outcomes.map((o) => [o.id, o]));

  const delivered = batch.filter((m) => byId.get(m.id)?.outcome === 'delivered').map((m) => m.id);
  if (delivered.length > 0) {
    await db
      .update(outbox)
      .set({ deliveredAt: sql`now()`, lockedUntil: null, lastError: null })
      .where(inArray(outbox.id, delivered));
  }
  result.delivered = delivered.length;

  for (const message of batch) {
    const outcome = byId.get(message.id) ?? {
      id: message.id,
      outcome: 'failed' as const,
      error: new Error('The consumer reported no result'),
    };
    if (outcome.outcome === 'deferred') {
      result.deferred++;
      // A deferral is not a failed attempt: give the attempt back.
      await db
        .update(outbox)
        .set({ availableAt: outcome.until, lockedUntil: null, attempts: sql`greatest(${outbox.attempts} - 1, 0)` })
        .where(eq(outbox.id, message.id));
    } else if (outcome.outcome === 'failed') {
      result.failed++;
      const delayMs = retryDelayMs(message.attempts, { baseMs: options.retryBaseMs });
      await db
        .update(outbox)
        .set({
          lastError: describeError(outcome.error),
          lockedUntil: null,
          availableAt: sql`now() + make_interval(secs => ${delayMs / 1000})`,
        })
        .where(eq(outbox.id, message.id));
      log.warn(
        {
          outboxId: message.id,
          eventId: message.eventId,
          name: message.name,
          attempts: message.attempts,
          retryInMs: delayMs,
          ...errorFields(outcome.error),
        },
        'outbox.delivery_failed',
      );
    }
  }
  log.debug(result, 'outbox.relayed');
  return result;
}
