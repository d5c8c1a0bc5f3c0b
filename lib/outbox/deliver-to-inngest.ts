import { inngest } from '@/inngest/client';
import type { OutboxDeliverer } from './relay-outbox';

/**
 * Sends a claimed batch to Inngest in one request. The outbox event id becomes the Inngest event id,
 * which Inngest dedupes, so a batch sent again after a crash does not start functions twice.
 */
export const deliverToInngest: OutboxDeliverer = async (messages) => {
  await inngest.send(messages.map((m) => ({ id: m.eventId, name: m.name, data: m.payload })));
  return messages.map((m) => ({ id: m.id, outcome: 'delivered' as const }));
};
