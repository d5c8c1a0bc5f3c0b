import { alertLowStock } from './alert-low-stock';
import { expireReservation } from './expire-reservation';
import { notifyOrderStatus } from './notify-order-status';
import { notifyPaymentDeclined, notifyRefundDue } from './notify-payment-issues';
import { notifyRestock } from './notify-restock';
import { relayOutboxCron, scheduledJobs, sendDueEmailsCron } from './scheduled-jobs';

/** Everything served at /api/inngest. */
export const functions = [
  expireReservation,
  notifyOrderStatus,
  alertLowStock,
  notifyRestock,
  notifyPaymentDeclined,
  notifyRefundDue,
  ...scheduledJobs,
  sendDueEmailsCron,
  relayOutboxCron,
];
