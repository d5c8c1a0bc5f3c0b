import type { Database } from '@/db/client';
import { sendDueEmails } from '@/lib/email/send-due-emails';
import type { MailTransport } from '@/lib/email/mail-transport';
import { errorFields, logger, type Logger } from '@/lib/logger';
import { relayOutbox, type OutboxDeliverer } from '@/lib/outbox/relay-outbox';
import { CRON_JOBS, type CronJob } from './cron-jobs';
import { createEmbeddedDeliverer } from './embedded-handlers';
import { ensureSchedules, runDueSchedules } from './run-due-schedules';

export type RunnerOptions = {
  db: Database;
  /** `embedded`: relay to the in-process handlers, send emails, run the crons. `relay-only`: just push the outbox to Inngest. */
  role: 'embedded' | 'relay-only';
  pollMs: number;
  /** Overrides for tests; production uses Inngest (relay-only) or the embedded handlers. */
  deliver?: OutboxDeliverer;
  transport?: MailTransport;
  jobs?: CronJob[];
  leaseMs?: number;
  /** First retry delay of a failed email or outbox delivery; each service's own default when unset. */
  retryBaseMs?: number;
  log?: Logger;
};

export type Runner = { tick: () => Promise<void>; stop: () => Promise<void> };

// Bounds one tick, so a flood of rows cannot starve the crons or the emails.
const MAX_BATCHES_PER_TICK = 20;

/**
 * The embedded default when no Inngest is configured: one loop in the app process that relays the
 * outbox to the same job bodies Inngest would run, sends due emails and fires the crons. Everything
 * it touches is claimed in PostgreSQL (SKIP LOCKED + leases, compare-and-set schedules), so any
 * number of app instances can run it side by side. With Inngest it only relays (see docs/jobs.md).
 */
export function startEmbeddedRunner(options: RunnerOptions): Runner {
  const log = options.log ?? logger.child({ component: 'jobs' });
  const deliver = options.deliver ?? createEmbeddedDeliverer(options.db, log);
  const jobs = options.jobs ?? CRON_JOBS;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let isStopped = false;
  let schedulesReady = false;

  let failedTicks = 0;
  let tickFailed = false;

  async function phase(name: string, work: () => Promise<unknown>): Promise<void> {
    try {
      await work();
    } catch (error) {
      // A database blip must not kill the loop: log and try again on a later tick.
      tickFailed = true;
      log.error({ phase: name, ...errorFields(error) }, 'jobs.tick_failed');
    }
  }

  async function tickOnce(): Promise<void> {
    tickFailed = false;
    await phase('outbox', async () => {
      for (let i = 0; i < MAX_BATCHES_PER_TICK && !isStopped; i++) {
        const r = await relayOutbox(options.db, {
          deliver,
          leaseMs: options.leaseMs,
          retryBaseMs: options.retryBaseMs,
          log,
        });
        if (r.claimed < 50) break;
      }
    });
    if (options.role !== 'embedded') return;
    await phase('email', async () => {
      for (let i = 0; i < MAX_BATCHES_PER_TICK && !isStopped; i++) {
        const r = await sendDueEmails(options.db, {
          transport: options.transport,
          retryBaseMs: options.retryBaseMs,
          log,
        });
        if (r.claimed < 25) break;
      }
    });
    await phase('cron', async () => {
      if (!schedulesReady) {
        await ensureSchedules(options.db, jobs);
        schedulesReady = true;
      }
      await runDueSchedules(options.db, { jobs, log });
    });
  }

  const tick = () => {
    running ??= tickOnce().finally(() => {
      running = undefined;
    });
    return running;
  };

  const loop = () => {
    if (isStopped) return;
    void tick().then(() => {
      failedTicks = tickFailed ? failedTicks + 1 : 0;
      // While the database is down, wait longer between ticks (up to 30 polls) instead of logging every second.
      const delay = options.pollMs * Math.min(2 ** failedTicks, 30);
      if (!isStopped) timer = setTimeout(loop, delay).unref();
    });
  };
  timer = setTimeout(loop, 0).unref();
  log.info({ role: options.role, pollMs: options.pollMs }, 'jobs.runner_started');

  return {
    tick,
    stop: async () => {
      isStopped = true;
      clearTimeout(timer);
      await running;
      log.info('jobs.runner_stopped');
    },
  };
}
