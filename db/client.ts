import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { env, requireDatabaseUrl } from '@/lib/env';
import * as schema from './schema';

export type Schema = typeof schema;
export type Database = PostgresJsDatabase<Schema> & { $client: postgres.Sql };
/** A transaction handle. Services accept `Db` so callers can compose them inside one transaction. */
export type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];
export type Db = Database | Tx;

type CreateDbOptions = { url: string; max?: number; applicationName?: string };

export function createDb({ url, max = env.DATABASE_POOL_MAX, applicationName = 'botica' }: CreateDbOptions): Database {
  const client = postgres(url, {
    max,
    onnotice: () => {},
    // Every connection fails fast instead of queueing forever behind a stuck lock or a leaked transaction.
    connection: {
      application_name: applicationName,
      statement_timeout: env.STATEMENT_TIMEOUT_MS,
      lock_timeout: env.LOCK_TIMEOUT_MS,
      idle_in_transaction_session_timeout: env.IDLE_IN_TRANSACTION_TIMEOUT_MS,
      timezone: 'UTC',
    },
  });
  return drizzle(client, { schema }) as Database;
}

// Kept on globalThis so dev-mode module reloads reuse one pool instead of opening a new one each time.
const globalForDb = globalThis as unknown as { boticaDb?: Database };

/** The app's shared pool; created on first use so builds never need a database. */
export function getDb(): Database {
  globalForDb.boticaDb ??= createDb({ url: requireDatabaseUrl() });
  return globalForDb.boticaDb;
}
