import { env } from '@/lib/env';
import { logger } from '@/lib/logger';
import { createWompiClient, type WompiClient } from './wompi/client';

export const wompiConfig = {
  publicKey: env.WOMPI_PUBLIC_KEY,
  integritySecret: env.WOMPI_INTEGRITY_SECRET,
  eventsSecret: env.WOMPI_EVENTS_SECRET,
  checkoutUrl: env.WOMPI_CHECKOUT_URL,
  redirectUrl: new URL('/pago/resultado', env.APP_URL).toString(),
  // Wompi keys say their environment (pub_prod_… / pub_test_…); events say theirs, and must match.
  environment: env.WOMPI_PUBLIC_KEY.startsWith('pub_prod_') ? 'prod' : 'test',
} as const;

const globalForWompi = globalThis as unknown as { boticaWompi?: WompiClient };

/** One client per process, so its circuit breaker sees every call (#6). */
export function getWompiClient(): WompiClient {
  globalForWompi.boticaWompi ??= createWompiClient({
    apiUrl: env.WOMPI_API_URL,
    privateKey: env.WOMPI_PRIVATE_KEY,
    publicKey: env.WOMPI_PUBLIC_KEY,
    timeoutMs: env.WOMPI_TIMEOUT_MS,
    logger: logger.child({ component: 'wompi' }),
  });
  return globalForWompi.boticaWompi;
}

/** Tests swap the client (e.g. one pointed at a fake with faults). */
export function setWompiClientForTests(client: WompiClient | undefined): void {
  globalForWompi.boticaWompi = client;
}
