import type { Db } from '@/db/client';
import { outbox } from '@/db/schema';

export type OutboxEvent = {
  /** Event name, e.g. `order/status.changed` (see inngest/events.ts). */
  name: string;
  /** Deterministic id: the same fact always yields the same id, so every consumer can dedupe. */
  eventId: string;
  payload: Record<string, unknown>;
};

/** Writes the event in the caller's transaction: it exists iff the state change it announces commits. */
export async function enqueueEvent(tx: Db, event: OutboxEvent): Promise<void> {
  await tx.insert(outbox).values({ eventId: event.eventId, name: event.name, payload: event.payload }).onConflictDoNothing({ target: outbox.eventId });
}
