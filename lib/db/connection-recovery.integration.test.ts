import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb, reconnectBackoffSeconds, type Database } from '@/db/client';
import { requireDatabaseUrl } from '@/lib/env';

/**
 * A database connection that dies in the middle of a transaction (PostgreSQL restarting, a failover)
 * must fail that transaction and nothing else: no exception escaping to the process, and the pool
 * serving the next query. postgres.js 3.4.9 threw from a scheduled write on the closed socket (its
 * issue #1208) and then queued the reconnecting connection's startup message behind the stale bytes,
 * so the connection timed out on every reconnect (found by `npm run test:faults -- postgres-restart`).
 * patches/postgres+3.4.9.patch fixes both.
 */
describe('a connection killed mid-transaction', () => {
  let db: Database;
  let killer: Database;
  const escaped: unknown[] = [];
  const onUncaught = (error: unknown) => escaped.push(error);

  beforeEach(() => {
    escaped.length = 0;
    process.on('uncaughtException', onUncaught);
    db = createDb({ url: requireDatabaseUrl(), max: 2, applicationName: 'botica-test-recovery' });
    killer = createDb({ url: requireDatabaseUrl(), max: 1, applicationName: 'botica-test-killer' });
  });

  afterEach(async () => {
    process.off('uncaughtException', onUncaught);
    await db.$client.end({ timeout: 1 });
    await killer.$client.end({ timeout: 1 });
  });

  it('fails that transaction, throws nothing else, and the pool serves the next query at once', async () => {
    let pid: number | null = null;
    const transaction = db.$client.begin(async (tx) => {
      const [row] = await tx<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
      pid = row!.pid;
      await tx`SELECT pg_sleep(2)`;
    });
    while (pid === null) await sleep(20);
    await killer.$client`SELECT pg_terminate_backend(${pid})`;
    const failure = (await transaction.then(
      () => null,
      (error: unknown) => error,
    )) as { code?: string } | null;
    expect(failure?.code).toMatch(/^(57P01|CONNECTION_CLOSED)$/);
    // The transaction's own ROLLBACK was written after the socket closed: it ran on the next tick.
    await sleep(50);
    expect(escaped).toEqual([]);

    const started = Date.now();
    const [again] = await db.$client<{ ok: number }[]>`SELECT 1 AS ok`;
    expect(again?.ok).toBe(1);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

describe('reconnecting after the database was down', () => {
  it('waits at most a second between attempts, however many failed (postgres.js alone waits up to 20 s)', () => {
    for (const retries of [0, 1, 3, 7, 12, 50]) {
      const seconds = reconnectBackoffSeconds(retries);
      expect(seconds).toBeGreaterThan(0);
      expect(seconds).toBeLessThanOrEqual(1);
    }
    expect(reconnectBackoffSeconds(0)).toBeLessThanOrEqual(0.05);
  });
});
