import { getDb } from '@/db/client';
import { sendDueEmails } from '@/lib/email/send-due-emails';
import { notifyPaymentDeclined as notifyPaymentDeclinedJob } from '@/lib/jobs/notify-payment-declined';
import { notifyRefundDue as notifyRefundDueJob } from '@/lib/jobs/notify-refund-due';
import { inngest } from '../client';
import { paymentFailed, refundDue } from '../events';

/** The shopper hears that a payment was declined, with the way to pay again. */
export const notifyPaymentDeclined = inngest.createFunction(
  { id: 'notify-payment-declined', name: 'Avisar un pago rechazado', triggers: [paymentFailed] },
  async ({ event, step }) => {
    const notice = await step.run('notify-customer', () => notifyPaymentDeclinedJob(getDb(), event.data));
    if (notice.emailIds.length > 0)
      await step.run('send-email', () => sendDueEmails(getDb(), { ids: notice.emailIds }));
    return notice;
  },
);

/** Staff hear that the store owes a shopper money. */
export const notifyRefundDue = inngest.createFunction(
  { id: 'notify-refund-due', name: 'Avisar un reembolso pendiente', triggers: [refundDue] },
  async ({ event, step }) => step.run('notify-staff', () => notifyRefundDueJob(getDb(), event.data)),
);
