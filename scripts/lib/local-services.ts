import pino from 'pino';
import { assertPortFree } from './ports';

/**
 * Local stand-ins for outside services, started by `npm start` and the E2E runner when the real ones
 * are not configured. Each returns the environment the app needs to reach it. Today: the fake
 * Wompi (when WOMPI_PUBLIC_KEY is unset). Mail falls back to .data/mail files inside the app and
 * background jobs to the embedded runner, so neither needs a process here.
 */
export type LocalServices = { env: Record<string, string>; stop: () => Promise<void> };

export async function startLocalServices(args: {
  appUrl: string;
  wompiPort?: number;
  log: (line: string) => void;
}): Promise<LocalServices> {
  if (process.env.WOMPI_PUBLIC_KEY) {
    args.log('▸ Wompi: using the configured keys (WOMPI_PUBLIC_KEY).');
    return { env: {}, stop: async () => {} };
  }
  const port = args.wompiPort ?? Number(process.env.WOMPI_FAKE_PORT ?? 3999);
  await assertPortFree(port, 'the fake Wompi');
  const { startFakeWompi } = await import('../fake-wompi/server');
  const keys = {
    publicKey: 'pub_test_botica_fake',
    privateKey: 'prv_test_botica_fake',
    integritySecret: 'test_integrity_fakeSecret123',
    eventsSecret: 'test_events_fakeSecret123',
  };
  const fake = await startFakeWompi({
    port,
    ...keys,
    webhookUrl: new URL('/api/webhooks/wompi', args.appUrl).toString(),
    appBaseUrl: args.appUrl,
    logger: pino({ level: process.env.LOG_LEVEL ?? 'warn', base: { app: 'fake-wompi' } }),
  });
  args.log(`▸ Fake Wompi at ${fake.url} (card 4242 4242 4242 4242 approves, 4111 1111 1111 1111 declines).`);
  return {
    env: {
      WOMPI_PUBLIC_KEY: keys.publicKey,
      WOMPI_PRIVATE_KEY: keys.privateKey,
      WOMPI_INTEGRITY_SECRET: keys.integritySecret,
      WOMPI_EVENTS_SECRET: keys.eventsSecret,
      WOMPI_API_URL: `${fake.url}/v1`,
      WOMPI_CHECKOUT_URL: `${fake.url}/p/`,
      WOMPI_FAKE_URL: fake.url,
    },
    stop: () => fake.close(),
  };
}
