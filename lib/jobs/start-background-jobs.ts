import { getDb } from '@/db/client';
import { env } from '@/lib/env';
import { logger } from '@/lib/logger';
import { deliverToInngest } from '@/lib/outbox/deliver-to-inngest';
import { startEmbeddedRunner, type Runner } from './embedded-runner';
import { jobsMode } from './jobs-mode';

// One runner per process, even when Next re-evaluates modules (dev reloads).
const holder = globalThis as unknown as { boticaJobsRunner?: Runner };

/**
 * Called once per Node.js server process by instrumentation.ts. Embedded mode runs everything here;
 * Inngest mode only relays the outbox to Inngest (Inngest runs the functions and crons); `off` runs
 * nothing (e.g. a web-only instance beside a worker).
 */
export function startBackgroundJobs(): Runner | null {
  const log = logger.child({ component: 'jobs' });
  const mode = jobsMode();
  if (mode === 'off') {
    log.info('jobs.disabled');
    return null;
  }
  if (!env.DATABASE_URL) {
    log.warn('jobs.no_database');
    return null;
  }
  holder.boticaJobsRunner ??= startEmbeddedRunner({
    db: getDb(),
    role: mode === 'embedded' ? 'embedded' : 'relay-only',
    deliver: mode === 'inngest' ? deliverToInngest : undefined,
    pollMs: env.JOBS_POLL_MS,
    retryBaseMs: env.JOBS_RETRY_BASE_MS,
    log,
  });
  return holder.boticaJobsRunner;
}
