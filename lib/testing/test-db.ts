import { createDb, getDb, type Database } from '@/db/client';
import { requireDatabaseUrl } from '@/lib/env';

const extraPools: Database[] = [];

/** The file's database through the app's shared pool (what services and guards use). */
export function testDb(): Database {
  return getDb();
}

/** A separate pool with many connections, for firing truly concurrent transactions. */
export function createConcurrentPool(max: number): Database {
  const db = createDb({ url: requireDatabaseUrl(), max, applicationName: 'botica-test-concurrency' });
  extraPools.push(db);
  return db;
}

export async function closeTestPools(): Promise<void> {
  await Promise.all(extraPools.splice(0).map((db) => db.$client.end({ timeout: 5 })));
  const shared = (globalThis as unknown as { boticaDb?: Database }).boticaDb;
  if (shared) {
    await shared.$client.end({ timeout: 5 });
    (globalThis as unknown as { boticaDb?: Database }).boticaDb = undefined;
  }
}
