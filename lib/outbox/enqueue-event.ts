import type { Db } from '@/db/client';
import { outbox } from '@/db/schema';

export type OutboxEvent = {
  /** Event name, e.g. `order/status.changed` (see inngest/events.ts). */
  name: string;
  /** Deterministic id: the same fact always yields the same id, so every consumer can dedupe. */
  eventId: string;
  payload: Record<string, unknown>;
  /** Not before this time (a delayed job, e.g. a reservation's expiry). Default: now. */
  availableAt?: Date;
};

function toRow(event: OutboxEvent) {
  return {
    eventId: event.eventId,
    name: event.name,
    payload: event.payload,
    ...(event.availableAt ? { availableAt: event.availableAt } : {}),
  };
}

/** Writes the event in the caller's transaction: it exists iff the state change it announces commits. */
export async function enqueueEvent(tx: Db, event: OutboxEvent): Promise<void> {
  await tx.insert(outbox).values(toRow(event)).onConflictDoNothing({ target: outbox.eventId });
}

/** Several events in one statement (callers that must keep a constant number of statements). */
export async function enqueueEvents(tx: Db, events: OutboxEvent[]): Promise<void> {
  if (events.length === 0) return;
  await tx.insert(outbox).values(events.map(toRow)).onConflictDoNothing({ target: outbox.eventId });
}
