import pino from 'pino';
import { z } from 'zod';
import { startFakeWompi } from '@/scripts/fake-wompi/server';

/*
 * Runs the fake Wompi on its own: `npx tsx scripts/fake-wompi/cli.ts`.
 * Point the app at it with the same keys and WOMPI_API_URL=<url>/v1, WOMPI_CHECKOUT_URL=<url>/p/.
 * The default secrets are the made-up ones of docs/payments.md#integrity-signature and #event-checksum, so the test vectors there apply.
 */
const schema = z.object({
  WOMPI_FAKE_PORT: z.coerce.number().int().min(0).max(65_535).default(3999),
  WOMPI_FAKE_HOST: z.string().default('127.0.0.1'),
  WOMPI_PUBLIC_KEY: z.string().default('pub_test_botica_fake'),
  WOMPI_PRIVATE_KEY: z.string().default('prv_test_botica_fake'),
  WOMPI_INTEGRITY_SECRET: z.string().default('test_integrity_fakeSecret123'),
  WOMPI_EVENTS_SECRET: z.string().default('test_events_fakeSecret123'),
  WOMPI_WEBHOOK_URL: z.url().default('http://localhost:3000/api/webhooks/wompi'),
  APP_URL: z.url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

// A script entry point, so it reads its own environment instead of lib/env.ts (which wants the app's).
const config = schema.parse(process.env);
const logger = pino({ level: config.LOG_LEVEL, base: { app: 'fake-wompi' } });

const fake = await startFakeWompi({
  port: config.WOMPI_FAKE_PORT,
  host: config.WOMPI_FAKE_HOST,
  publicKey: config.WOMPI_PUBLIC_KEY,
  privateKey: config.WOMPI_PRIVATE_KEY,
  integritySecret: config.WOMPI_INTEGRITY_SECRET,
  eventsSecret: config.WOMPI_EVENTS_SECRET,
  webhookUrl: config.WOMPI_WEBHOOK_URL,
  ...(config.APP_URL ? { appBaseUrl: config.APP_URL } : {}),
  logger,
});
logger.info(
  { checkout: `${fake.url}/p/`, api: `${fake.url}/v1`, control: `${fake.url}/__control/events` },
  'fake-wompi: ready',
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    logger.info({ signal }, 'fake-wompi: shutting down');
    fake.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ error: String(error) }, 'fake-wompi: close failed');
        process.exit(1);
      },
    );
  });
}
