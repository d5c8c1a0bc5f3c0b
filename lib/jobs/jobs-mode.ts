import { env, type Env } from '@/lib/env';

export type JobsMode = 'inngest' | 'embedded' | 'off';

type ModeEnv = Pick<Env, 'JOBS_RUNNER' | 'INNGEST_EVENT_KEY' | 'INNGEST_BASE_URL' | 'INNGEST_DEV'>;

/** INNGEST_DEV set to a flag or to the dev server's URL (Inngest's own convention). */
export function isInngestDevServer(source: Pick<Env, 'INNGEST_DEV'> = env): boolean {
  const dev = source.INNGEST_DEV?.trim();
  return dev !== undefined && dev !== '' && dev !== '0' && dev !== 'false';
}

/** Inngest is "configured" as soon as any way to reach it is set: an event key, a base URL or dev mode. */
export function isInngestConfigured(source: ModeEnv = env): boolean {
  return Boolean(source.INNGEST_EVENT_KEY || source.INNGEST_BASE_URL || isInngestDevServer(source));
}

/**
 * Who runs the job bodies. `auto` (default) is Inngest when configured, else the embedded runner;
 * `embedded` and `inngest` force one; `off` runs no background work in this process (a web-only
 * instance next to a worker instance). In `inngest` mode the process still relays the outbox to Inngest.
 */
export function jobsMode(source: ModeEnv = env): JobsMode {
  if (source.JOBS_RUNNER === 'off') return 'off';
  if (source.JOBS_RUNNER === 'embedded') return 'embedded';
  if (source.JOBS_RUNNER === 'inngest') return 'inngest';
  return isInngestConfigured(source) ? 'inngest' : 'embedded';
}
