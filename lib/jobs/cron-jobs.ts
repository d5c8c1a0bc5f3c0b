import type { Database } from '@/db/client';
import { expireCredit } from '@/lib/credit/expire-credit';
import { remindExpiringCredit } from '@/lib/credit/remind-expiring-credit';
import { env } from '@/lib/env';
import { pruneIdempotencyKeys } from '@/lib/idempotency/run-idempotent';
import type { Logger } from '@/lib/logger';
import { sweepExpiredReservations } from '@/lib/orders/expire-reservations';
import { pruneDeliveredOutbox } from '@/lib/outbox/prune-outbox';
import { reconcilePayments } from '@/lib/payments/reconcile-payments';
import { cleanUpIdleCarts } from './clean-up-carts';
import { pruneExpiredRows } from './prune-expired-rows';
import { sendRefundDueDigest } from './notify-refund-due';
import { sendLowStockDigest } from './send-low-stock-digest';

export type CronJob = {
  /** Also the Inngest function id and the job_schedules row name. */
  name: string;
  /** Five-field cron, optionally `TZ=Area/City ` first (Inngest's syntax). */
  cron: string;
  description: string;
  run: (db: Database, log: Logger) => Promise<unknown>;
};

/**
 * The scheduled jobs, one list for both engines: Inngest registers a cron function per entry, the
 * embedded runner claims each occurrence through job_schedules. Every job is safe to run twice.
 */
export const CRON_JOBS: CronJob[] = [
  {
    name: 'sweep-expired-reservations',
    cron: '*/5 * * * *',
    description: 'Releases expired reservations that the per-order wait did not release.',
    run: (db, log) => sweepExpiredReservations(db, { log }),
  },
  {
    name: 'reconcile-payments',
    cron: '*/10 * * * *',
    description: 'Asks Wompi about payments still open (lost webhooks).',
    run: (db, log) => reconcilePayments(db, { afterMinutes: env.PAYMENT_RECONCILE_AFTER_MINUTES, log }),
  },
  {
    name: 'clean-up-idle-carts',
    cron: 'TZ=America/Bogota 30 3 * * *',
    description: 'Deletes carts idle for longer than cartTtlDays.',
    run: (db, log) => cleanUpIdleCarts(db, { log }),
  },
  {
    name: 'prune-idempotency-keys',
    cron: '17 * * * *',
    description: 'Deletes Idempotency-Keys older than 24 hours.',
    run: async (db, log) => {
      const deleted = await pruneIdempotencyKeys(db);
      if (deleted > 0) log.info({ deleted }, 'idempotency.pruned');
      return { deleted };
    },
  },
  {
    name: 'prune-delivered-outbox',
    cron: 'TZ=America/Bogota 45 3 * * *',
    description: 'Deletes outbox events delivered more than 7 days ago.',
    run: async (db, log) => {
      const result = await pruneDeliveredOutbox(db);
      if (result.deleted > 0) log.info(result, 'outbox.pruned');
      return result;
    },
  },
  {
    name: 'prune-expired-rows',
    cron: '37 * * * *',
    description: 'Borra los contadores de límite vencidos y los webhooks de más de 90 días.',
    run: async (db, log) => {
      const result = await pruneExpiredRows(db);
      if (result.rateLimitBuckets + result.webhookDeliveries > 0) log.info(result, 'rows.pruned');
      return result;
    },
  },
  {
    name: 'low-stock-digest',
    cron: 'TZ=America/Bogota 0 7 * * *',
    description: 'Daily low-stock digest for STAFF and ADMIN.',
    run: (db, log) => sendLowStockDigest(db, { log }),
  },
  {
    name: 'refund-due-digest',
    cron: 'TZ=America/Bogota 5 7 * * *',
    description: 'Resumen diario de reembolsos pendientes para STAFF y ADMIN.',
    run: (db, log) => sendRefundDueDigest(db, { log }),
  },
  {
    name: 'expire-store-credit',
    cron: 'TZ=America/Bogota 10 0 * * *',
    description: 'Vence el saldo a favor que cumplió CREDIT_EXPIRY_DAYS sin usarse (asiento EXPIRY).',
    run: (db, log) => expireCredit(db, { log }),
  },
  {
    name: 'remind-expiring-credit',
    cron: 'TZ=America/Bogota 0 9 * * *',
    description: 'Avisa (correo y campana) del saldo a favor que vence en los próximos días.',
    run: (db, log) => remindExpiringCredit(db, { log }),
  },
];
