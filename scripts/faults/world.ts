import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pino from 'pino';
import postgres from 'postgres';
import type { Database } from '../../db/client';
import { checkInvariants } from '../../lib/invariants/check-invariants';
import { startSmtpSink, type ReceivedMail } from '../../lib/email/testing/start-smtp-sink';
import { sessionCookie } from '../lib/bench-harness';
import { isBuildStale } from '../lib/build-freshness';
import { startEmbeddedPostgres, type RunningPostgres } from '../lib/embedded-postgres';
import { runCommand } from '../lib/run-command';
import { startFakeWompi, type FakeWompi } from '../fake-wompi/server';
import { createAppInstance, startBalancer, type AppInstance, type Balancer } from './cluster';

/**
 * Everything a fault scenario runs against: the embedded PostgreSQL (which a scenario may stop and
 * start), N app processes from the production build behind a balancer, the fake Wompi (with its
 * fault switches) and a local SMTP server (which a scenario may take down). Ports come from FAULTS_*
 * variables so the suite never collides with `npm start`, E2E or a benchmark.
 */
export const SECRET = 'faults-secret-not-for-production-0123456789';

const KEYS = {
  publicKey: 'pub_test_botica_fake',
  privateKey: 'prv_test_botica_fake',
  integritySecret: 'test_integrity_fakeSecret123',
  eventsSecret: 'test_events_fakeSecret123',
};

const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

export type World = {
  db: Database;
  sql: postgres.Sql;
  pg: RunningPostgres;
  instances: AppInstance[];
  balancer: Balancer;
  wompiUrl: string;
  /** Every message the SMTP server accepted, across its outages. */
  mail: { received: () => ReceivedMail[]; down: () => Promise<void>; up: () => Promise<void> };
  stopPostgres: () => Promise<void>;
  startPostgres: () => Promise<void>;
  cookieFor: (userId: string) => Promise<string>;
  close: () => Promise<void>;
};

export async function startWorld(args: { instances: number }): Promise<World> {
  const pgPort = port('FAULTS_PG_PORT', 54396);
  const appPort = port('FAULTS_APP_PORT', 3300);
  const lbPort = port('FAULTS_LB_PORT', 3299);
  const wompiPort = port('FAULTS_WOMPI_PORT', 3997);
  const smtpPort = port('FAULTS_SMTP_PORT', 2526);
  const dataDir = path.resolve('.data/faults-postgres');
  rmSync(dataDir, { recursive: true, force: true });
  const pgOptions = { dataDir, port: pgPort, database: 'faults', maxConnections: 300 };
  let pg = await startEmbeddedPostgres(pgOptions);
  process.env.DATABASE_URL = pg.url;

  const { applyMigrations } = await import('../../lib/db/migrate');
  const { createDb } = await import('../../db/client');
  const { seedDatabase } = await import('../../db/seed/seed');
  await applyMigrations(pg.url);
  const db = createDb({ url: pg.url, max: 10, applicationName: 'botica-faults' });
  await seedDatabase(db, {});
  const sql = postgres(pg.url, { max: 4, onnotice: () => {} });
  // The build prerenders the catalogue, so it reads this (migrated, seeded) database.
  if (isBuildStale(process.cwd())) {
    await runCommand('npx', ['next', 'build'], {
      ...process.env,
      DATABASE_URL: pg.url,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
    });
  }

  const appUrl = `http://127.0.0.1:${lbPort}`;
  const fake: FakeWompi = await startFakeWompi({
    port: wompiPort,
    ...KEYS,
    webhookUrl: `${appUrl}/api/webhooks/wompi`,
    appBaseUrl: appUrl,
    logger: pino({ level: 'silent' }),
    // Wompi retries after 30 min, 3 h and 24 h; scaled down so a scenario sees the retries.
    eventRetryDelaysMs: [2_000, 10_000, 30_000],
  });

  const archived: ReceivedMail[] = [];
  let sink: Awaited<ReturnType<typeof startSmtpSink>> | null = null;
  const mailUp = async () => {
    sink ??= await startSmtpSink({ port: smtpPort });
  };
  // Down means the port refuses connections, as when the provider is unreachable.
  const mailDown = async () => {
    const current = sink;
    sink = null;
    if (!current) return;
    await current.close();
    archived.push(...current.received);
  };
  await mailUp();

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: pg.url,
    DATABASE_POOL_MAX: '10',
    APP_URL: appUrl,
    AUTH_URL: appUrl,
    AUTH_SECRET: SECRET,
    // info: the suite reads the Wompi circuit breaker's open/close lines from the app logs.
    LOG_LEVEL: 'info',
    NEXT_TELEMETRY_DISABLED: '1',
    WOMPI_PUBLIC_KEY: KEYS.publicKey,
    WOMPI_PRIVATE_KEY: KEYS.privateKey,
    WOMPI_INTEGRITY_SECRET: KEYS.integritySecret,
    WOMPI_EVENTS_SECRET: KEYS.eventsSecret,
    WOMPI_API_URL: `${fake.url}/v1`,
    WOMPI_CHECKOUT_URL: `${fake.url}/p/`,
    WOMPI_TIMEOUT_MS: '2000',
    PAYMENT_RECONCILE_AFTER_MINUTES: '1',
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    SMTP_TIMEOUT_MS: '3000',
    JOBS_POLL_MS: '250',
    JOBS_RETRY_BASE_MS: '1000',
    STATEMENT_TIMEOUT_MS: '5000',
    LOCK_TIMEOUT_MS: '2000',
    RATE_LIMIT_CHECKOUT_PER_MIN: '0',
    RATE_LIMIT_CART_PER_MIN: '0',
    RATE_LIMIT_API_PER_MIN: '0',
    // Every instance runs the embedded job runner: claims in PostgreSQL keep each job to one runner.
    JOBS_RUNNER: 'auto',
  };
  const instances = Array.from({ length: args.instances }, (_, i) =>
    createAppInstance({ port: appPort + i, env, name: `app-${i + 1}` }),
  );
  await Promise.all(instances.map((instance) => instance.start()));
  const balancer = await startBalancer({ port: lbPort, backends: instances });

  return {
    db,
    sql,
    get pg() {
      return pg;
    },
    instances,
    balancer,
    wompiUrl: fake.url,
    mail: { received: () => [...archived, ...(sink?.received ?? [])], down: mailDown, up: mailUp },
    stopPostgres: () => pg.stop(),
    async startPostgres() {
      pg = await startEmbeddedPostgres(pgOptions);
    },
    cookieFor: (userId) => sessionCookie({ userId, email: `${userId}@faults.test`, secret: SECRET }),
    async close() {
      // The app logs stay behind for whoever reads a failed run.
      mkdirSync('.data/faults-logs', { recursive: true });
      instances.forEach((instance, i) =>
        writeFileSync(path.join('.data/faults-logs', `app-${i + 1}.log`), instance.logs.join('\n')),
      );
      await balancer.close();
      await Promise.all(instances.map((instance) => instance.stop()));
      await fake.close();
      await mailDown();
      await sql.end({ timeout: 2 });
      await db.$client.end({ timeout: 2 });
      await pg.stop();
    },
  };
}

export async function control(world: World, route: string, body: unknown): Promise<unknown> {
  const res = await fetch(`${world.wompiUrl}/__control/${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    // A storm of deliveries can take a while; nothing else may hang a scenario or the soak.
    signal: AbortSignal.timeout(120_000),
  });
  if (!res.ok) throw new Error(`fake Wompi control ${route} answered ${res.status}: ${await res.text()}`);
  return ((await res.json()) as { data: unknown }).data;
}

/** The invariants once background work (outbox, emails, expiry jobs) had up to a minute to drain. */
export async function settledViolations(world: World) {
  const deadline = Date.now() + 60_000;
  let violations = await checkInvariants(world.db, { settled: true });
  while (violations.length > 0 && Date.now() < deadline) {
    await sleep(1_000);
    violations = await checkInvariants(world.db, { settled: true });
  }
  return violations;
}
