/**
 * `npm start` (production build) and `npm run dev` (next dev): the whole store on one machine.
 * With DATABASE_URL unset it runs an embedded PostgreSQL under .data/postgres (reused on the next
 * start), applies migrations, seeds an empty database and prints the demo logins, starts the local
 * fake Wompi when no Wompi keys are set, then serves Next.js. SIGINT/SIGTERM stop everything cleanly.
 */
import path from 'node:path';
import { localAuthSecret } from './lib/auth-secret';
import { isBuildStale } from './lib/build-freshness';
import { assertDatabaseReachable } from './lib/check-database';
import { startEmbeddedPostgres, type RunningPostgres } from './lib/embedded-postgres';
import { assertPortFree, StartupError } from './lib/ports';
import { runCommand, startProcess, stopProcess } from './lib/run-command';
import { startLocalServices, type LocalServices } from './lib/local-services';

const root = process.cwd();
const dataRoot = path.join(root, '.data');
const isDev = process.argv.includes('--dev');
const port = Number(process.env.PORT ?? 3000);

async function main(): Promise<void> {
  const running: { embedded?: RunningPostgres; services?: LocalServices } = {};
  const shutdown = async (code: number) => {
    await running.services?.stop().catch(() => {});
    await running.embedded?.stop().catch(() => {});
    process.exit(code);
  };

  await assertPortFree(port, 'Botica');
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    const pgPort = Number(process.env.EMBEDDED_PG_PORT ?? 5433);
    console.log(`▸ Starting embedded PostgreSQL (port ${pgPort}, data in .data/postgres)…`);
    running.embedded = await startEmbeddedPostgres({
      dataDir: path.join(dataRoot, 'postgres'),
      port: pgPort,
      database: 'botica',
    });
    databaseUrl = running.embedded.url;
  }
  process.env.DATABASE_URL = databaseUrl;
  await assertDatabaseReachable(databaseUrl);

  // Imported after DATABASE_URL is known: lib/env reads it once.
  const { applyMigrations } = await import('../lib/db/migrate');
  const { createDb } = await import('../db/client');
  const { seedDatabase } = await import('../db/seed/seed');
  const { SEED_LOGINS } = await import('../db/seed/seed-users');

  console.log('▸ Applying migrations…');
  await applyMigrations(databaseUrl);
  const db = createDb({ url: databaseUrl, max: 2, applicationName: 'botica-start' });
  const seeded = await seedDatabase(db, { log: (line) => console.log(`  ${line}`) });
  await db.$client.end();
  console.log(seeded.created ? '▸ Demo catalogue created.' : '▸ Existing database reused.');

  const appUrl = process.env.APP_URL ?? `http://localhost:${port}`;
  const services = await startLocalServices({ appUrl, log: (line) => console.log(line) });
  running.services = services;

  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    ...services.env,
    DATABASE_URL: databaseUrl,
    APP_URL: appUrl,
    AUTH_SECRET: process.env.AUTH_SECRET ?? localAuthSecret(dataRoot),
    AUTH_URL: process.env.AUTH_URL ?? appUrl,
    PORT: String(port),
  };

  if (!isDev && isBuildStale(root)) {
    console.log('▸ Building the store (next build)…');
    await runCommand('npx', ['next', 'build'], { ...childEnv, NODE_ENV: 'production' });
  }

  // Production: one `next start` worker per core (scripts/serve.ts); dev: the single dev server.
  const server = isDev
    ? startProcess('npx', ['next', 'dev', '-p', String(port)], childEnv)
    : startProcess(process.execPath, ['--import', 'tsx', 'scripts/serve.ts', '--port', String(port)], childEnv);
  console.log(`\n✔ Botica at ${appUrl}\n`);
  console.log('  Demo accounts:');
  for (const login of SEED_LOGINS)
    console.log(`   · ${login.role.padEnd(8)} ${login.email.padEnd(24)} ${login.password}`);
  console.log('');

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => stopProcess(server));
  }
  server.on('exit', (code) => void shutdown(code ?? 0));
}

main().catch((error: unknown) => {
  if (error instanceof StartupError) console.error(`✖ ${error.message}`);
  else console.error(`✖ Could not start Botica: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
