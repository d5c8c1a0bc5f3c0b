import { getDb } from '@/db/client';
import { sendDueEmails } from '@/lib/email/send-due-emails';
import { alertLowStock as alertLowStockJob } from '@/lib/jobs/alert-low-stock';
import { inngest } from '../client';
import { inventoryLowStock } from '../events';

/** #13: alert STAFF and ADMIN when a variant crosses its low-stock threshold, once per crossing. */
export const alertLowStock = inngest.createFunction(
  { id: 'alert-low-stock', name: 'Alert low stock', triggers: [inventoryLowStock] },
  async ({ event, step }) => {
    // The crossing's key, the same as the outbox event id (lib/inventory/record-movement.ts).
    const eventId = `low-stock:${event.data.variantId}:${event.data.movementId}`;
    const alert = await step.run('alert-staff', () =>
      alertLowStockJob(getDb(), {
        eventId,
        variantId: event.data.variantId,
        available: event.data.available,
        threshold: event.data.threshold,
      }),
    );
    if (alert.emailIds.length > 0) await step.run('send-emails', () => sendDueEmails(getDb(), { ids: alert.emailIds }));
    return alert;
  },
);
