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

/**
 * The end of a server process, after it stops accepting requests: the runner finishes the job under
 * way and takes no more (leases are not left to expire, so an email is not sent twice), then the pool
 * (and the catalogue listener on it) closes. The production server (scripts/serve.ts) calls this
 * through globalThis, since it loads its own copy of the modules outside the Next.js build.
 */
export async function stopServerProcess(): Promise<void> {
  const runner = holder.boticaJobsRunner;
  holder.boticaJobsRunner = undefined;
  await runner?.stop();
  const pools = globalThis as unknown as { boticaDb?: { $client: { end: (o: { timeout: number }) => Promise<void> } } };
  const db = pools.boticaDb;
  pools.boticaDb = undefined;
  await db?.$client.end({ timeout: 5 });
}
(globalThis as unknown as { boticaStopServerProcess?: () => Promise<void> }).boticaStopServerProcess =
  stopServerProcess;
