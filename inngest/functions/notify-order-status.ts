import { getDb } from '@/db/client';
import { sendDueEmails } from '@/lib/email/send-due-emails';
import { notifyOrderStatus as notifyOrderStatusJob } from '@/lib/jobs/notify-order-status';
import { inngest } from '../client';
import { orderCreated, orderStatusChanged } from '../events';

/** #17: email + in-app notice for each customer-facing status, once per (order, status). */
export const notifyOrderStatus = inngest.createFunction(
  { id: 'notify-order-status', name: 'Notify an order status', triggers: [orderCreated, orderStatusChanged] },
  async ({ event, step }) => {
    // order/created announces the new PENDING_PAYMENT order; order/status.changed carries its `to`.
    const data = event.data;
    const target =
      'to' in data
        ? { status: data.to, reason: data.reason, occurrence: data.occurrence }
        : { status: 'PENDING_PAYMENT' as const, reason: null };
    const notice = await step.run('notify-customer', () =>
      notifyOrderStatusJob(getDb(), { orderId: event.data.orderId, ...target }),
    );
    if (notice.emailIds.length > 0)
      await step.run('send-email', () => sendDueEmails(getDb(), { ids: notice.emailIds }));
    return notice;
  },
);
