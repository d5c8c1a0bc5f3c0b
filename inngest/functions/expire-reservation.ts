import { getDb } from '@/db/client';
import { expireOrderReservation } from '@/lib/jobs/expire-order-reservation';
import { inngest } from '../client';
import { orderCreated } from '../events';

// A reservation can be pushed later (a retried payment); after this many re-checks the sweeper takes over.
const MAX_ROUNDS = 3;

/** Reservation expiry (#25, #26): sleep until the order's expiry, then release it if it is still pending. */
export const expireReservation = inngest.createFunction(
  { id: 'expire-reservation', name: 'Expire an order reservation', triggers: [orderCreated] },
  async ({ event, step }) => {
    let due = event.data.reservationExpiresAt;
    for (let round = 0; due && round < MAX_ROUNDS; round++) {
      await step.sleepUntil(`wait-until-expiry-${round}`, due);
      const result = await step.run(`release-if-pending-${round}`, () =>
        expireOrderReservation(getDb(), { orderId: event.data.orderId }),
      );
      if (!result.retryAt) return result;
      due = result.retryAt;
    }
    return { orderId: event.data.orderId, released: false, retryAt: due };
  },
);
