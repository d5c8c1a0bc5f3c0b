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

type Unsafe = postgres.Sql['unsafe'];
type Scoped = { unsafe: Unsafe; begin?: unknown; savepoint?: unknown };

/**
 * Drizzle asks postgres.js to prepare only queries built with `.prepare(name)`. postgres.js sends any
 * other query with parameters in two round trips (describe its parameter types, then bind and run)
 * and PostgreSQL parses and plans it every time: a 1-line checkout paid ~15 extra round trips. This
 * makes every parameterised query a cached prepared statement of its connection instead, the way
 * postgres.js's own tagged queries work: one round trip, parsed once per connection. The statement
 * cache lives as long as the connection; `max_lifetime` (postgres.js default 30–60 min) recycles it.
 * DATABASE_PREPARE=false turns this off for poolers in transaction mode (PgBouncer), which cannot
 * keep a connection's prepared statements.
 * Applied to the pool, to every transaction and to every savepoint scope.
 */
function preparedByDefault<T extends Scoped>(scope: T): T {
  const unsafe = scope.unsafe.bind(scope) as Unsafe;
  scope.unsafe = ((query: string, args?: unknown[], options?: { prepare?: boolean }) =>
    args && args.length > 0
      ? unsafe(query, args as never, { ...options, prepare: true })
      : unsafe(query, args as never, options)) as Unsafe;
  for (const method of ['begin', 'savepoint'] as const) {
    const original = scope[method];
    if (typeof original !== 'function') continue;
    (scope as Record<string, unknown>)[method] = (...args: unknown[]) => {
      const fn = args.at(-1);
      if (typeof fn !== 'function') return original.apply(scope, args);
      return original.apply(scope, [...args.slice(0, -1), (inner: Scoped) => fn(preparedByDefault(inner))]);
    };
  }
  return scope;
}

/**
 * Seconds a pooled connection waits before reconnecting after `retries` failed connections in a row.
 * postgres.js's default grows as 3^n / 100 up to 20 s, so after a 10 s database restart each
 * connection waited 10–20 s more before trying again: requests hung that long and an instance served
 * again 12–15 s after PostgreSQL was back (`npm run test:faults -- postgres-restart`). Capped at 1 s:
 * a failed connect to a database that is down costs one refused TCP connection.
 */
export function reconnectBackoffSeconds(retries: number): number {
  return Math.min(0.05 * 2 ** retries, 1) * (0.5 + Math.random() / 2);
}

export function createDb({ url, max = env.DATABASE_POOL_MAX, applicationName = 'botica' }: CreateDbOptions): Database {
  const client = postgres(url, {
    max,
    onnotice: () => {},
    backoff: reconnectBackoffSeconds,
    // postgres.js waits 30 s for a connection by default; with the database down a request would hang
    // that long before failing (scripts/faults/scenarios.ts, postgres-restart). Fail fast instead.
    connect_timeout: env.DATABASE_CONNECT_TIMEOUT_S,
    // Every connection fails fast instead of queueing forever behind a stuck lock or a leaked transaction.
    connection: {
      application_name: applicationName,
      statement_timeout: env.STATEMENT_TIMEOUT_MS,
      lock_timeout: env.LOCK_TIMEOUT_MS,
      idle_in_transaction_session_timeout: env.IDLE_IN_TRANSACTION_TIMEOUT_MS,
      timezone: 'UTC',
    },
  });
  return drizzle(env.DATABASE_PREPARE ? preparedByDefault(client) : client, { schema }) as Database;
}

// Kept on globalThis so dev-mode module reloads reuse one pool instead of opening a new one each time.
const globalForDb = globalThis as unknown as { boticaDb?: Database };

/** The app's shared pool; created on first use so builds never need a database. */
export function getDb(): Database {
  globalForDb.boticaDb ??= createDb({ url: requireDatabaseUrl() });
  return globalForDb.boticaDb;
}
