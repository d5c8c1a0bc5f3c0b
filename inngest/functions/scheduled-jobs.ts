import { cron } from 'inngest';
import { getDb } from '@/db/client';
import { sendDueEmails } from '@/lib/email/send-due-emails';
import { CRON_JOBS, type CronJob } from '@/lib/jobs/cron-jobs';
import { logger } from '@/lib/logger';
import { deliverToInngest } from '@/lib/outbox/deliver-to-inngest';
import { relayOutbox } from '@/lib/outbox/relay-outbox';
import { inngest } from '../client';

// Inngest keeps step output as JSON; the round trip makes that explicit for jobs that return Dates.
function cronFunction(job: CronJob) {
  return inngest.createFunction({ id: job.name, name: job.description, triggers: [cron(job.cron)] }, async ({ step }) =>
    step.run(
      job.name,
      async () =>
        JSON.parse(JSON.stringify((await job.run(getDb(), logger.child({ job: job.name }))) ?? null)) as unknown,
    ),
  );
}

/** One Inngest cron per entry of lib/jobs/cron-jobs.ts: sweeper, reconciliation, carts, keys, digest. */
export const scheduledJobs = CRON_JOBS.map(cronFunction);

/** Retries emails that failed or were queued while no function could send them. */
export const sendDueEmailsCron = inngest.createFunction(
  { id: 'send-due-emails', name: 'Retry pending emails', triggers: [cron('* * * * *')] },
  async ({ step }) => step.run('send-due-emails', () => sendDueEmails(getDb())),
);

/**
 * Safety net for the relay: app instances relay the outbox continuously, but a deployment where no
 * instance runs the loop (JOBS_RUNNER=off everywhere, serverless) still gets its events out.
 */
export const relayOutboxCron = inngest.createFunction(
  { id: 'relay-outbox', name: 'Relay the outbox to Inngest', triggers: [cron('* * * * *')] },
  async ({ step }) => step.run('relay-outbox', () => relayOutbox(getDb(), { deliver: deliverToInngest })),
);
