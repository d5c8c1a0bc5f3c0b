import { Inngest } from 'inngest';
import { env } from '@/lib/env';
import { logger } from '@/lib/logger';

const dev = env.INNGEST_DEV?.trim();
const isDevServer = dev !== undefined && dev !== '' && dev !== '0' && dev !== 'false';
// INNGEST_DEV may be the dev server's URL (Inngest's own convention) instead of a flag.
const devServerUrl = isDevServer && /^https?:\/\//.test(dev) ? dev : undefined;

/**
 * The app's Inngest client. Events are sent by the outbox relay only (never from inside a
 * transaction), with the outbox event id as the Inngest event id, so Inngest dedupes redeliveries.
 * Cloud: INNGEST_EVENT_KEY + INNGEST_SIGNING_KEY. Self-hosted: also INNGEST_BASE_URL. Local dev
 * server: INNGEST_DEV=1 (or its URL). See docs/jobs.md.
 */
export const inngest = new Inngest({
  id: 'botica',
  eventKey: env.INNGEST_EVENT_KEY,
  signingKey: env.INNGEST_SIGNING_KEY,
  baseUrl: env.INNGEST_BASE_URL ?? devServerUrl,
  isDev: isDevServer ? true : undefined,
  logger: logger.child({ component: 'inngest' }),
});
