/**
 * `npm run test:e2e [-- playwright args]`: a fresh seeded database on its own embedded PostgreSQL,
 * the production build served on its own port, local stand-ins for Wompi and mail, then Playwright in
 * Debian's Chromium. Everything is stopped at the end, whatever the outcome.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import postgres from 'postgres';
import { startEmbeddedPostgres } from './lib/embedded-postgres';
import { StartupError } from './lib/ports';
import { isBuildStale } from './lib/build-freshness';
import { runCommand, startProcess, stopProcess, waitForHttp } from './lib/run-command';
import { startLocalServices } from './lib/local-services';

const root = process.cwd();
// Ports, data dir and build dir are overridable so two runs (or two engineers) never collide.
const appPort = Number(process.env.E2E_PORT ?? 3100);
const pgPort = Number(process.env.E2E_PG_PORT ?? 54330);
const wompiPort = Number(process.env.E2E_WOMPI_PORT ?? 3998);
const appUrl = `http://localhost:${appPort}`;

async function main(): Promise<number> {
  await runCommand('bash', ['scripts/ensure-chromium.sh']);
  const dataDir = path.resolve(process.env.E2E_DATA_DIR ?? path.join(root, '.data', 'e2e-postgres'));
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(`${dataDir}-mail`, { recursive: true, force: true });
  const pg = await startEmbeddedPostgres({
    dataDir,
    port: pgPort,
    database: 'botica_e2e',
    durable: false,
    maxConnections: 200,
  });
  let services: Awaited<ReturnType<typeof startLocalServices>> | undefined;
  let server: ReturnType<typeof startProcess> | undefined;
  try {
    process.env.DATABASE_URL = pg.url;
    const { applyMigrations } = await import('../lib/db/migrate');
    const { createDb } = await import('../db/client');
    const { seedDatabase } = await import('../db/seed/seed');
    await applyMigrations(pg.url);
    const db = createDb({ url: pg.url, max: 2 });
    await seedDatabase(db, {});
    await db.$client.end();

    services = await startLocalServices({ appUrl, wompiPort, log: (line) => console.log(line) });
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...services.env,
      DATABASE_URL: pg.url,
      APP_URL: appUrl,
      AUTH_URL: appUrl,
      AUTH_SECRET: 'e2e-secret-not-for-production-0123456789',
      BOTICA_E2E: '1',
      PORT: String(appPort),
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
      E2E_BASE_URL: appUrl,
      E2E_DATABASE_URL: pg.url,
      MAIL_DIR: `${dataDir}-mail`,
      NEXT_TELEMETRY_DISABLED: '1',
      // Two server processes at least: e2e/cache-islands.spec.ts proves they agree.
      WEB_CONCURRENCY: process.env.WEB_CONCURRENCY ?? '2',
    };
    if (process.env.E2E_SKIP_BUILD !== '1' && isBuildStale(root)) {
      await runCommand('npx', ['next', 'build'], { ...env, NODE_ENV: 'production' });
    }
    // The production server itself: one worker per core (scripts/serve.mjs).
    server = startProcess(process.execPath, ['scripts/serve.mjs', '--port', String(appPort)], env);
    await waitForHttp(`${appUrl}/api/health`, 90_000);
    await runCommand('npx', ['playwright', 'test', ...process.argv.slice(2)], env);
    return 0;
  } catch (error) {
    console.error(`✖ E2E: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    stopProcess(server);
    await services?.stop().catch(() => {});
    // Leave no client connected, then stop the server.
    const admin = postgres(pg.adminUrl, { max: 1, onnotice: () => {} });
    await admin.end().catch(() => {});
    await pg.stop();
  }
}

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    console.error(error instanceof StartupError ? `✖ ${error.message}` : error);
    process.exit(1);
  });
