import { getDb } from '@/db/client';
import { sendDueEmails } from '@/lib/email/send-due-emails';
import { notifyRestockBatch } from '@/lib/jobs/notify-restock';
import { inngest } from '../client';
import { inventoryRestocked } from '../events';

// 1,000 batches of 100 is far more subscribers than a spa has; the cap only bounds a runaway loop.
const MAX_BATCHES = 1_000;

/** #31: tell each subscriber once that the variant is back, one durable step per batch of 100. */
export const notifyRestock = inngest.createFunction(
  { id: 'notify-restock', name: 'Notify that a product is back', triggers: [inventoryRestocked] },
  async ({ event, step }) => {
    // The restock's key, the same as the outbox event id (lib/inventory/record-movement.ts).
    const eventId = `restocked:${event.data.variantId}:${event.data.movementId}`;
    let notified = 0;
    for (let batch = 0; batch < MAX_BATCHES; batch++) {
      const result = await step.run(`notify-batch-${batch}`, () =>
        notifyRestockBatch(getDb(), { variantId: event.data.variantId, eventId }),
      );
      notified += result.notified;
      if (result.emailIds.length > 0)
        await step.run(`send-emails-${batch}`, () =>
          sendDueEmails(getDb(), { ids: result.emailIds, limit: result.emailIds.length }),
        );
      if (!result.hasMore) return { notified, batches: batch + 1 };
    }
    return { notified, batches: MAX_BATCHES };
  },
);
